// Alert: a coloured box (role alert) around safe HTML rendered from Markdown on the server.
import { el } from './dom.js';

export function create() {
  const box = el('div', 'p4j-alert');
  box.setAttribute('role', 'alert');
  return { el: box };
}

export const props = {
  object: (view, html) => { view.el.innerHTML = html ?? ''; },
  alertType: (view, type) => { view.el.dataset.alertType = type ?? 'primary'; },
};
