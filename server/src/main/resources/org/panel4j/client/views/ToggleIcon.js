// ToggleIcon: an icon button that stays pressed (aria-pressed) while its value is true; then it shows the
// active icon, or the filled form of its icon.
import { el } from './dom.js';
import { hasIcon, icon, setIcon } from './icons.js';

export function create(props, ctx) {
  const button = el('button', 'p4j-icon-button p4j-toggle-icon');
  button.type = 'button';
  const svg = icon(props.icon);
  button.append(svg);
  const view = { el: button, svg, all: props };
  button.addEventListener('click', () => {
    const next = button.getAttribute('aria-pressed') !== 'true';
    show(view, next);
    ctx.send('value', next);
  });
  return view;
}

function show(view, on) {
  const { icon: off, activeIcon } = view.all;
  const filled = `${off}-filled`;
  view.el.setAttribute('aria-pressed', String(on));
  setIcon(view.svg, !on ? off : activeIcon || (hasIcon(filled) ? filled : off));
}

function refresh(view, all) {
  view.all = all;
  show(view, !!all.value);
  view.el.setAttribute('aria-label', all.name || all.icon || 'Toggle');
  view.el.title = all.description || all.name || '';
}

export const props = {
  value: refresh,
  icon: (view, name, all) => refresh(view, all),
  activeIcon: (view, name, all) => refresh(view, all),
  name: (view, name, all) => refresh(view, all),
  description: (view, text, all) => refresh(view, all),
  disabled: (view, disabled) => { view.el.disabled = !!disabled; },
};
