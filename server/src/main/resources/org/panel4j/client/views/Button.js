// Button: a real <button>; each click sends a 'click' event.
import { el, unused } from './dom.js';

export function create(props, ctx) {
  const button = el('button', 'p4j-button');
  button.type = 'button';
  button.addEventListener('click', () => ctx.event('click'));
  return { el: button };
}

export const props = {
  name: (view, name) => { view.el.textContent = name; },
  disabled: (view, disabled) => { view.el.disabled = !!disabled; },
  buttonType: (view, type) => { view.el.dataset.buttonType = type ?? 'default'; },
  clicks: unused,             // the server counts clicks; the button shows none
};
