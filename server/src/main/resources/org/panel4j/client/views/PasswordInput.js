// PasswordInput: <input type="password"> sending its value debounced while typing, and at once on change.
import { el, labelled, setLabel, debounce } from './dom.js';

export function create(props, ctx) {
  const input = el('input', 'p4j-input');
  input.type = 'password';
  input.autocomplete = 'current-password';
  const [wrapper, label] = labelled(input, 'password');
  const sendSoon = debounce(() => ctx.send('value', input.value), 300);
  input.addEventListener('input', sendSoon);
  input.addEventListener('change', () => { sendSoon.cancel(); ctx.send('value', input.value); });
  return { el: wrapper, input, label };
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  placeholder: (view, placeholder) => { view.input.placeholder = placeholder ?? ''; },
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  value: (view, value) => {
    if (view.input.value !== (value ?? '')) view.input.value = value ?? '';
  },
};
