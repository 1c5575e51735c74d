// MultiSelect: a native <select multiple> list box showing `size` option labels; a change sends the
// selected labels, in option order.
import { el, labelled, setLabel } from './dom.js';

export function create(props, ctx) {
  const select = el('select', 'p4j-select p4j-list-box');
  select.multiple = true;
  const [wrapper, label] = labelled(select, 'multi-select');
  select.addEventListener('change', () => ctx.send('value', [...select.selectedOptions].map((o) => o.value)));
  return { el: wrapper, select, label };
}

function show(view, value) {
  const chosen = new Set(value ?? []);
  for (const option of view.select.options) option.selected = chosen.has(option.value);
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.select.disabled = !!disabled; },
  size: (view, size) => { view.select.size = size; },
  options: (view, options, all) => {
    view.select.replaceChildren(...(options ?? []).map((label) => {
      const option = el('option');
      option.value = label;
      option.textContent = label;
      return option;
    }));
    show(view, all.value);
  },
  value: (view, value) => show(view, value),
};
