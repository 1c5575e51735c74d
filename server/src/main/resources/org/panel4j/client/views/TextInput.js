// TextInput: <input type="text"> sending its value debounced while typing, and at once on change.
import { el, labelled, setLabel, debounce } from './dom.js';

export function create(props, ctx) {
  const input = el('input', 'p4j-input');
  input.type = 'text';
  const [wrapper, label] = labelled(input, 'text');
  const sendSoon = debounce(() => ctx.send('value', input.value), 300);
  input.addEventListener('input', sendSoon);
  input.addEventListener('change', () => { sendSoon.cancel(); ctx.send('value', input.value); });
  return {
    el: wrapper,
    update(changed) {
      if ('name' in changed) setLabel(label, changed.name);
      if ('placeholder' in changed) input.placeholder = changed.placeholder ?? '';
      if ('disabled' in changed) input.disabled = !!changed.disabled;
      if ('value' in changed && input.value !== (changed.value ?? '')) input.value = changed.value ?? '';
    },
  };
}
