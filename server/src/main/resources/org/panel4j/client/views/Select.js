// Select: a native <select> over the options.
import { el, labelled, setLabel } from './dom.js';

export function create(props, ctx) {
  const select = el('select', 'p4j-select');
  const [wrapper, label] = labelled(select, 'select');
  select.addEventListener('change', () => ctx.send('value', select.value));
  return {
    el: wrapper,
    update(changed, all) {
      if ('name' in changed) setLabel(label, changed.name);
      if ('disabled' in changed) select.disabled = !!changed.disabled;
      if ('options' in changed) {
        select.replaceChildren(...(changed.options ?? []).map((option) => {
          const item = el('option');
          item.value = option;
          item.textContent = option;
          return item;
        }));
      }
      if ('options' in changed || 'value' in changed) select.value = all.value ?? '';
    },
  };
}
