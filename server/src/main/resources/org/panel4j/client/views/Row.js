// Row: children side by side.
import { createLayout } from './layout.js';

export function create(props, ctx) {
  return createLayout('p4j-row', ctx);
}
