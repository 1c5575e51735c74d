// CheckBoxGroup: a check box per option; a change sends the checked options, in option order.
import { el, uid, setLabel } from './dom.js';

export function create(props, ctx) {
  const root = el('div', 'p4j-widget');
  const label = el('span', 'p4j-label');
  label.id = uid('checkbox-group-label');
  const group = el('div', 'p4j-checkbox-group');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', label.id);
  root.append(label, group);
  group.addEventListener('change', () => {
    ctx.send('value', [...group.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value));
  });
  return { el: root, label, group, disabled: false };
}

function show(view, value) {
  const chosen = new Set(value ?? []);
  for (const input of view.group.querySelectorAll('input')) input.checked = chosen.has(input.value);
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => {
    view.disabled = !!disabled;
    for (const input of view.group.querySelectorAll('input')) input.disabled = view.disabled;
  },
  options: (view, options, all) => {
    view.group.replaceChildren(...(options ?? []).map((option) => {
      const item = el('label', 'p4j-checkbox');
      const input = el('input');
      input.type = 'checkbox';
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
