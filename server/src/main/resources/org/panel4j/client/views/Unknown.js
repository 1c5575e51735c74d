// Unknown: what a node of a view type this client does not know shows. It has no props table: it
// takes any prop and shows none.
import { el } from './dom.js';

export function create(props, ctx) {
  const box = el('div', 'p4j-unknown');
  box.textContent = `No view for type ${ctx.type}`;
  return { el: box };
}
