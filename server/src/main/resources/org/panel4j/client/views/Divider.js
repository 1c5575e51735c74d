// Divider: a horizontal rule.
import { el } from './dom.js';

export function create() {
  return { el: el('hr', 'p4j-divider') };
}

export const props = {
  // only the common props (width, height, …)
};
