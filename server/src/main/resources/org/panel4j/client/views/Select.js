// Select: a native <select> over the option labels, under <optgroup> headings when grouped; disabled
// options are shown greyed. A change sends the chosen label.
import { el, labelled, setLabel } from './dom.js';

export function create(props, ctx) {
  const select = el('select', 'p4j-select');
  const [wrapper, label] = labelled(select, 'select');
  select.addEventListener('change', () => ctx.send('value', select.value));
  return { el: wrapper, select, label };
}

function option(label, disabled) {
  const item = el('option');
  item.value = label;
  item.textContent = label;
  item.disabled = disabled.has(label);
  return item;
}

function render(view, all) {
  const disabled = new Set(all.disabledOptions ?? []);
  const groups = all.groups ?? [];   // [[heading, [label, ...]], ...], in order
  if (groups.length > 0) {
    view.select.replaceChildren(...groups.map(([heading, labels]) => {
      const group = el('optgroup');
      group.label = heading;
      group.append(...labels.map((l) => option(l, disabled)));
      return group;
    }));
  } else {
    view.select.replaceChildren(...(all.options ?? []).map((l) => option(l, disabled)));
  }
  view.select.value = all.value ?? '';
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.select.disabled = !!disabled; },
  options: (view, options, all) => render(view, all),
  groups: (view, groups, all) => render(view, all),
  disabledOptions: (view, disabledOptions, all) => render(view, all),
  value: (view, value) => { view.select.value = value ?? ''; },
};
