// The shared view of Row and Column: a flex box of the children.
import { el } from './dom.js';

export function createLayout(className, ctx) {
  return { el: el('div', 'p4j-layout ' + className), ctx };
}

export const layoutProps = {
  children: (view, children) => view.ctx.reconcile(view.el, children ?? []),
};
