// Bound: shows the node a bound function produced (or nothing); dims while a newer result is pending.
import { el } from './dom.js';

export function create(props, ctx) {
  return { el: el('div', 'p4j-bound'), ctx };
}

export const props = {
  object: (view, object) => view.ctx.reconcile(view.el, object ? [object] : []),
  pending: (view, pending) => view.el.classList.toggle('p4j-pending', !!pending),
};
