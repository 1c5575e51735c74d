// Checkbox: a native checkbox with its label.
import { el } from './dom.js';

export function create(props, ctx) {
  const root = el('label', 'p4j-widget p4j-checkbox');
  const input = el('input');
  input.type = 'checkbox';
  const text = el('span', 'p4j-checkbox-label');
  root.append(input, text);
  input.addEventListener('change', () => ctx.send('value', input.checked));
  return { el: root, input, text };
}

export const props = {
  name: (view, name) => { view.text.textContent = name ?? ''; },
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  value: (view, value) => { view.input.checked = !!value; },
};
