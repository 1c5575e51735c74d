// RadioBoxGroup: a radio input per option label (one column, or a wrapping row when inline); a change
// sends the checked label.
import { el, uid, setLabel } from './dom.js';

export function create(props, ctx) {
  const root = el('div', 'p4j-widget');
  const label = el('span', 'p4j-label');
  label.id = uid('radio-box-label');
  const group = el('div', 'p4j-radio-box-group');
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-labelledby', label.id);
  root.append(label, group);
  const view = { el: root, label, group, name: uid('radio-box'), disabled: false };
  group.addEventListener('change', (e) => {
    if (e.target.checked) ctx.send('value', e.target.value);
  });
  return view;
}

function show(view, value) {
  for (const input of view.group.querySelectorAll('input')) input.checked = input.value === value;
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => {
    view.disabled = !!disabled;
    for (const input of view.group.querySelectorAll('input')) input.disabled = view.disabled;
  },
  inline: (view, inline) => view.group.classList.toggle('p4j-inline', !!inline),
  options: (view, options, all) => {
    view.group.replaceChildren(...(options ?? []).map((option) => {
      const item = el('label', 'p4j-checkbox');
      const input = el('input');
      input.type = 'radio';
      input.name = view.name;
      input.value = option;
      input.disabled = view.disabled;
      const text = el('span', 'p4j-checkbox-label');
      text.textContent = option;
      item.append(input, text);
      return item;
    }));
    show(view, all.value);
  },
  value: (view, value) => show(view, value),
};
