// CheckButtonGroup: a row of toggle buttons (aria-pressed), one per option label; a click sends the
// pressed labels, in option order.
import { el, uid, setLabel } from './dom.js';

export function create(props, ctx) {
  const root = el('div', 'p4j-widget');
  const label = el('span', 'p4j-label');
  label.id = uid('check-button-label');
  const group = el('div', 'p4j-button-group');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', label.id);
  root.append(label, group);
  group.addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button || button.disabled) return;
    button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
    ctx.send('value', [...group.children].filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.value));
  });
  return { el: root, label, group, disabled: false };
}

function show(view, value) {
  const chosen = new Set(value ?? []);
  for (const button of view.group.children) button.setAttribute('aria-pressed', String(chosen.has(button.value)));
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
      button.value = option;
      button.textContent = option;
      button.disabled = view.disabled;
      return button;
    }));
    show(view, all.value);
  },
  value: (view, value) => show(view, value),
};
