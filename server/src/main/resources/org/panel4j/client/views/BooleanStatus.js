// BooleanStatus: a round light, filled in its colour when value is true, outlined when false.
import { el } from './dom.js';

export function create() {
  const light = el('span', 'p4j-boolean-status');
  light.setAttribute('role', 'img');
  return { el: light };
}

function show(view, all) {
  view.el.dataset.color = all.color ?? 'dark';
  view.el.classList.toggle('p4j-on', !!all.value);
  view.el.setAttribute('aria-label', `${all.color ?? 'dark'} status: ${all.value ? 'on' : 'off'}`);
}

export const props = {
  value: (view, value, all) => show(view, all),
  color: (view, color, all) => show(view, all),
};
