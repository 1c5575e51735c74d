// Card: a titled box whose body the user can collapse; the header button sends 'collapsed'.
import { el, uid } from './dom.js';

export function create(props, ctx) {
  const card = el('section', 'p4j-card');
  const header = el('header', 'p4j-card-header');
  const toggle = el('button', 'p4j-card-toggle');
  toggle.type = 'button';
  const title = el('h2', 'p4j-card-title');
  const body = el('div', 'p4j-card-body');
  body.id = uid('card');
  toggle.setAttribute('aria-controls', body.id);
  toggle.append(title);
  header.append(toggle);
  card.append(header, body);
  const show = (collapsed) => {
    card.classList.toggle('p4j-collapsed', collapsed);
    toggle.setAttribute('aria-expanded', String(!collapsed));
    body.hidden = collapsed;
  };
  toggle.addEventListener('click', () => {
    const collapsed = !card.classList.contains('p4j-collapsed');
    show(collapsed);
    ctx.send('collapsed', collapsed);
  });
  return { el: card, header, title, body, show, ctx };
}

export const props = {
  title: (view, title) => {
    view.title.textContent = title ?? '';
    view.header.hidden = false;
  },
  collapsed: (view, collapsed) => view.show(!!collapsed),
  children: (view, children) => view.ctx.reconcile(view.body, children ?? []),
};
