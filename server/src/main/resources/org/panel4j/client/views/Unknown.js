// Unknown: what a node of a view type this client does not know shows.
import { el } from './dom.js';

export function create(props, ctx) {
  const box = el('div', 'p4j-unknown');
  box.textContent = `No view for type ${ctx.type}`;
  return { el: box, update() {} };
}
