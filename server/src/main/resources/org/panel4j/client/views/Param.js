// Param: the widgets of a Parameterized object's parameters, in a framed column under a heading.
import { el } from './dom.js';

export function create(props, ctx) {
  const root = el('section', 'p4j-layout p4j-column p4j-param');
  const heading = el('h3', 'p4j-param-title');
  const body = el('div', 'p4j-layout p4j-column p4j-param-body');
  root.append(heading, body);
  return { el: root, heading, body, ctx };
}

export const props = {
  title: (view, title) => {
    view.heading.textContent = title ?? '';
    view.heading.hidden = !title;
    if (title) view.el.setAttribute('aria-label', title); else view.el.removeAttribute('aria-label');
  },
  children: (view, children) => view.ctx.reconcile(view.body, children ?? []),
};
