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
  return {
    el: button,
    update(changed) {
      if ('name' in changed) button.textContent = changed.name ?? '';
      if ('disabled' in changed) button.disabled = !!changed.disabled;
      if ('value' in changed) button.setAttribute('aria-pressed', String(!!changed.value));
    },
  };
}
