// Select: a native <select> over the options.
import { el, labelled, setLabel } from './dom.js';

export function create(props, ctx) {
  const select = el('select', 'p4j-select');
  const [wrapper, label] = labelled(select, 'select');
  select.addEventListener('change', () => ctx.send('value', select.value));
  return { el: wrapper, select, label };
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.select.disabled = !!disabled; },
  options: (view, options, all) => {
    view.select.replaceChildren(...(options ?? []).map((option) => {
      const item = el('option');
      item.value = option;
      item.textContent = option;
      return item;
    }));
    view.select.value = all.value ?? '';
  },
  value: (view, value) => { view.select.value = value ?? ''; },
};
