// Template: the page shell. A header (menu button, logo, title, the app's items, light/dark toggle),
// a sidebar beside the main area (a drawer below 768 px), themed by CSS custom properties.
import { el, uid } from './dom.js';

const PHONE = window.matchMedia('(max-width: 768px)');
const SYSTEM_DARK = window.matchMedia('(prefers-color-scheme: dark)');
const LOGO = /^(https?:\/\/|\/(?!\/)|data:image\/(png|jpeg|gif|webp);base64,)/;

/** A 24×24 line icon from [tag, attributes] shapes. */
function icon(...shapes) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  for (const [tag, attributes] of shapes) {
    const shape = document.createElementNS(ns, tag);
    Object.entries(attributes).forEach(([name, value]) => shape.setAttribute(name, String(value)));
    svg.append(shape);
  }
  return svg;
}

export function create(props, ctx) {
  const root = el('div', 'p4j-template');
  const header = el('header', 'p4j-template-header');
  const menu = el('button', 'p4j-template-menu');
  menu.type = 'button';
  menu.setAttribute('aria-label', 'Menu');
  menu.append(icon(['path', { d: 'M4 6h16M4 12h16M4 18h16' }]));
  const logo = el('img', 'p4j-template-logo');
  logo.alt = '';
  const title = el('h1', 'p4j-template-title');
  const items = el('div', 'p4j-template-items');
  const themeToggle = el('button', 'p4j-template-theme');
  themeToggle.type = 'button';
  themeToggle.append(icon(['circle', { cx: 12, cy: 12, r: 8 }], ['path', { d: 'M12 4a8 8 0 0 0 0 16z', class: 'p4j-fill' }]));
  header.append(menu, logo, title, items, themeToggle);
  const body = el('div', 'p4j-template-body');
  const sidebar = el('aside', 'p4j-template-sidebar');
  sidebar.id = uid('sidebar');
  menu.setAttribute('aria-controls', sidebar.id);
  const main = el('main', 'p4j-template-main');
  const scrim = el('div', 'p4j-template-scrim');
  body.append(sidebar, main, scrim);
  root.append(header, body);
  document.body.classList.add('p4j-has-template');

  const view = { el: root, header, menu, logo, title, items, sidebar, main, themeToggle, ctx, theme: 'system', open: true };

  /** Light or dark on the whole document, as the theme (or the system) says. */
  view.applyTheme = () => {
    const dark = view.theme === 'dark' || (view.theme === 'system' && SYSTEM_DARK.matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    themeToggle.setAttribute('aria-label', dark ? 'Switch to light mode' : 'Switch to dark mode');
    themeToggle.setAttribute('aria-pressed', String(dark));
  };
  /** On a phone the sidebar is a drawer, closed until the menu opens it; elsewhere it follows sidebarOpen. */
  view.layout = () => {
    const phone = PHONE.matches;
    root.classList.toggle('p4j-template-phone', phone);
    const shown = phone ? root.classList.contains('p4j-drawer-open') : view.open;
    root.classList.toggle('p4j-sidebar-closed', !shown);
    menu.setAttribute('aria-expanded', String(shown));
  };
  const closeDrawer = () => { root.classList.remove('p4j-drawer-open'); view.layout(); };

  menu.addEventListener('click', () => {
    if (PHONE.matches) {
      root.classList.toggle('p4j-drawer-open');
      view.layout();
      if (root.classList.contains('p4j-drawer-open')) sidebar.focus?.();
    } else {
      view.open = !view.open;
      view.layout();
      ctx.send('sidebarOpen', view.open);
    }
  });
  scrim.addEventListener('click', closeDrawer);
  root.addEventListener('keydown', (e) => { if (e.key === 'Escape' && root.classList.contains('p4j-drawer-open')) closeDrawer(); });
  themeToggle.addEventListener('click', () => {
    view.theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    view.applyTheme();
    ctx.send('theme', view.theme);
  });
  view.onSystem = () => view.applyTheme();
  view.onPhone = () => { root.classList.remove('p4j-drawer-open'); view.layout(); };
  SYSTEM_DARK.addEventListener('change', view.onSystem);
  PHONE.addEventListener('change', view.onPhone);
  view.destroy = () => {
    SYSTEM_DARK.removeEventListener('change', view.onSystem);
    PHONE.removeEventListener('change', view.onPhone);
    document.body.classList.remove('p4j-has-template');
    delete document.documentElement.dataset.theme;
  };
  return view;
}

export const props = {
  title: (view, title) => {
    view.title.textContent = title ?? '';
    if (title) document.title = title;
  },
  logo: (view, logo) => {
    const ok = typeof logo === 'string' && LOGO.test(logo);
    view.logo.hidden = !ok;
    if (ok) view.logo.src = logo; else view.logo.removeAttribute('src');
  },
  look: (view, look) => { view.el.dataset.look = look === 'plain' ? 'plain' : 'dashboard'; },
  theme: (view, theme) => { view.theme = theme ?? 'system'; view.applyTheme(); },
  accent: (view, accent) => {
    if (/^#[0-9a-fA-F]{6}$/.test(accent ?? '')) document.documentElement.style.setProperty('--p4j-primary', accent);
  },
  sidebarOpen: (view, open) => { view.open = open !== false; view.layout(); },
  sidebarWidth: (view, width) => view.el.style.setProperty('--p4j-sidebar-width', `${Number(width) || 300}px`),
  areas: (view, areas) => {
    const [items, sidebar, main] = areas ?? [];
    view.ctx.reconcile(view.items, items ? [items] : []);
    view.ctx.reconcile(view.sidebar, sidebar ? [sidebar] : []);
    view.ctx.reconcile(view.main, main ? [main] : []);
  },
};
