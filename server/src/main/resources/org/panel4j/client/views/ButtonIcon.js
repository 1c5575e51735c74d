// ButtonIcon: a button showing an icon; a click sends 'click' and shows the active icon for toggleDuration ms.
import { el, unused } from './dom.js';
import { icon, setIcon } from './icons.js';

export function create(props, ctx) {
  const button = el('button', 'p4j-icon-button');
  button.type = 'button';
  const svg = icon(props.icon);
  button.append(svg);
  const view = { el: button, svg, timer: null };
  button.addEventListener('click', () => {
    ctx.event('click');
    const all = view.all ?? props;
    if (!all.activeIcon) return;
    clearTimeout(view.timer);
    setIcon(svg, all.activeIcon);
    button.classList.add('p4j-icon-active');
    view.timer = setTimeout(() => {
      setIcon(svg, view.all?.icon ?? props.icon);
      button.classList.remove('p4j-icon-active');
    }, all.toggleDuration ?? 75);
  });
  return view;
}

function label(view, all) {
  view.all = all;
  view.el.setAttribute('aria-label', all.name || all.icon || 'Button');
  view.el.title = all.description || all.name || '';
}

export const props = {
  icon: (view, name, all) => { setIcon(view.svg, name); label(view, all); },
  activeIcon: (view, name, all) => { view.all = all; },
  toggleDuration: (view, ms, all) => { view.all = all; },
  name: (view, name, all) => label(view, all),
  description: (view, text, all) => label(view, all),
  disabled: (view, disabled) => { view.el.disabled = !!disabled; },
  clicks: unused,             // the server counts clicks; the button shows none
};
