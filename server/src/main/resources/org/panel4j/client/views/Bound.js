// Bound: shows the node a bound function produced (or nothing); dims while a newer result is pending.
import { el } from './dom.js';

export function create(props, ctx) {
  const box = el('div', 'p4j-bound');
  return {
    el: box,
    update(changed) {
      if ('object' in changed) ctx.reconcile(box, changed.object ? [changed.object] : []);
      if ('pending' in changed) box.classList.toggle('p4j-pending', !!changed.pending);
    },
  };
}
