// MenuButton: a button that opens a menu of items (ARIA menu button pattern). Arrow keys move between
// items, Enter or Space chooses one (a 'click' event with the item), Escape closes and returns focus.
import { el, uid } from './dom.js';
import { icon, setIcon } from './icons.js';

export function create(props, ctx) {
  const root = el('div', 'p4j-menu-button');
  const button = el('button', 'p4j-button p4j-menu-toggle');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  const lead = icon('');
  const label = el('span', 'p4j-menu-label');
  const caret = icon('chevron-down');
  caret.classList.add('p4j-menu-caret');
  button.append(lead, label, caret);
  const menu = el('ul', 'p4j-menu');
  menu.setAttribute('role', 'menu');
  menu.id = uid('menu');
  menu.hidden = true;
  button.setAttribute('aria-controls', menu.id);
  root.append(button, menu);
  const view = { el: root, button, lead, label, menu, items: [] };

  const open = (focusIndex) => {
    if (view.items.length === 0) return;
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    view.items[(focusIndex + view.items.length) % view.items.length].focus();
  };
  const close = (refocus) => {
    if (menu.hidden) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };
  const choose = (item) => {
    close(true);
    ctx.event('click', { item: item.dataset.item });
  };
  view.close = close;
  button.addEventListener('click', () => (menu.hidden ? open(0) : close(false)));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      open(e.key === 'ArrowDown' ? 0 : -1);
    }
  });
  menu.addEventListener('click', (e) => {
    const item = e.target.closest('[role=menuitem]');
    if (item) choose(item);
  });
  menu.addEventListener('keydown', (e) => {
    const at = view.items.indexOf(document.activeElement);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[e.key];
    if (move !== undefined) {
      e.preventDefault();
      view.items[(move + view.items.length) % view.items.length].focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (at >= 0) choose(view.items[at]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    }
  });
  root.addEventListener('focusout', (e) => {
    if (!root.contains(e.relatedTarget)) close(false);
  });
  return view;
}

export const props = {
  name: (view, name) => { view.label.textContent = name ?? ''; },
  items: (view, items) => {
    view.items = (items ?? []).map((name) => {
      const item = el('li', 'p4j-menu-item');
      item.setAttribute('role', 'menuitem');
      item.tabIndex = -1;
      item.dataset.item = name;
      item.textContent = name;
      return item;
    });
    view.menu.replaceChildren(...view.items);
  },
  icon: (view, name) => {
    setIcon(view.lead, name);
    view.lead.style.display = name ? '' : 'none';
  },
  disabled: (view, disabled) => {
    view.button.disabled = !!disabled;
    if (disabled) view.close(false);
  },
  buttonType: (view, type) => { view.button.dataset.buttonType = type ?? 'default'; },
  clicked: (view, item) => { view.el.dataset.clicked = item ?? ''; },
};
