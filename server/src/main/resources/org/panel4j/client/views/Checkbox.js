// Checkbox: a native checkbox with its label.
import { el } from './dom.js';

export function create(props, ctx) {
  const root = el('label', 'p4j-widget p4j-checkbox');
  const input = el('input');
  input.type = 'checkbox';
  const text = el('span', 'p4j-checkbox-label');
  root.append(input, text);
  input.addEventListener('change', () => ctx.send('value', input.checked));
  return {
    el: root,
    update(changed) {
      if ('name' in changed) text.textContent = changed.name ?? '';
      if ('disabled' in changed) input.disabled = !!changed.disabled;
      if ('value' in changed) input.checked = !!changed.value;
    },
  };
}
