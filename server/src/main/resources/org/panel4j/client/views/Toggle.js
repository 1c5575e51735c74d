// Toggle: a button that stays pressed (aria-pressed) while its value is true.
import { el } from './dom.js';

export function create(props, ctx) {
  const button = el('button', 'p4j-button p4j-toggle');
  button.type = 'button';
  button.addEventListener('click', () => {
    const next = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(next));
    ctx.send('value', next);
  });
  return { el: button };
}

export const props = {
  name: (view, name) => { view.el.textContent = name ?? ''; },
  disabled: (view, disabled) => { view.el.disabled = !!disabled; },
  value: (view, value) => view.el.setAttribute('aria-pressed', String(!!value)),
};
