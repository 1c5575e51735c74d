// RadioButtonGroup: a row of buttons (role="radio") of which one is pressed; a click sends 'value'.
import { el, uid, setLabel } from './dom.js';

export function create(props, ctx) {
  const root = el('div', 'p4j-widget');
  const label = el('span', 'p4j-label');
  label.id = uid('radio-label');
  const group = el('div', 'p4j-button-group');
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-labelledby', label.id);
  root.append(label, group);
  const view = { el: root, label, group, disabled: false };
  group.addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button || button.disabled) return;
    show(view, button.value);
    ctx.send('value', button.value);
  });
  return view;
}

function show(view, value) {
  for (const button of view.group.children) button.setAttribute('aria-checked', String(button.value === value));
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => {
    view.disabled = !!disabled;
    for (const button of view.group.children) button.disabled = view.disabled;
  },
  options: (view, options, all) => {
    view.group.replaceChildren(...(options ?? []).map((option) => {
      const button = el('button', 'p4j-button');
      button.type = 'button';
      button.setAttribute('role', 'radio');
      button.value = option;
      button.textContent = option;
      button.disabled = view.disabled;
      return button;
    }));
    show(view, all.value);
  },
  value: (view, value) => show(view, value),
};
