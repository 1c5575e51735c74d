// The shared one-line text field of TextInput and PasswordInput: an <input> sending its value debounced
// while typing, and at once on change.
import { el, labelled, setLabel, debounce } from './dom.js';

export function createTextField(ctx, type, autocomplete) {
  const input = el('input', 'p4j-input');
  input.type = type;
  if (autocomplete) input.autocomplete = autocomplete;
  const [wrapper, label] = labelled(input, type);
  const sendSoon = debounce(() => ctx.send('value', input.value), 300);
  input.addEventListener('input', sendSoon);
  input.addEventListener('change', () => { sendSoon.cancel(); ctx.send('value', input.value); });
  return { el: wrapper, input, label };
}

export const textFieldProps = {
  name: (view, name) => setLabel(view.label, name),
  placeholder: (view, placeholder) => { view.input.placeholder = placeholder ?? ''; },
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  value: (view, value) => {
    if (view.input.value !== (value ?? '')) view.input.value = value ?? '';
  },
};
