// Switch: a toggle switch, a button with role="switch" inside its label; a click flips 'value'.
import { el } from './dom.js';

export function create(props, ctx) {
  const root = el('label', 'p4j-widget p4j-switch');
  const button = el('button', 'p4j-switch-track');
  button.type = 'button';
  button.setAttribute('role', 'switch');
  button.append(el('span', 'p4j-switch-thumb'));
  const text = el('span', 'p4j-switch-label');
  root.append(button, text);
  button.addEventListener('click', () => {
    const next = button.getAttribute('aria-checked') !== 'true';
    button.setAttribute('aria-checked', String(next));
    ctx.send('value', next);
  });
  return { el: root, button, text };
}

export const props = {
  name: (view, name) => { view.text.textContent = name ?? ''; },
  disabled: (view, disabled) => { view.button.disabled = !!disabled; },
  value: (view, value) => view.button.setAttribute('aria-checked', String(!!value)),
};
