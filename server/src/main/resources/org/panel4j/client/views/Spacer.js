// Spacer: empty space (see panel4j.css .p4j-spacer).
import { el } from './dom.js';

export function create() {
  const space = el('div', 'p4j-spacer');
  space.setAttribute('aria-hidden', 'true');
  return { el: space };
}

export const props = {
  // only the common props (width, height, …)
};
