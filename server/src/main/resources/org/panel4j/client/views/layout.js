// The shared view of Row and Column: a flex box of the children.
import { el } from './dom.js';

export function createLayout(className, ctx) {
  const box = el('div', 'p4j-layout ' + className);
  return {
    el: box,
    update(changed) {
      if ('children' in changed) ctx.reconcile(box, changed.children ?? []);
    },
  };
}
