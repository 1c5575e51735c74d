// Button: a real <button>; each click sends a 'click' event.
import { el } from './dom.js';

export function create(props, ctx) {
  const button = el('button', 'p4j-button');
  button.type = 'button';
  button.addEventListener('click', () => ctx.event('click'));
  return {
    el: button,
    update(changed) {
      if ('name' in changed) button.textContent = changed.name;
      if ('disabled' in changed) button.disabled = !!changed.disabled;
      if ('buttonType' in changed) button.dataset.buttonType = changed.buttonType ?? 'default';
    },
  };
}
