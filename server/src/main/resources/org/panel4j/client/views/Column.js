// Column: children one below the other.
import { createLayout, layoutProps } from './layout.js';

export function create(props, ctx) {
  return createLayout('p4j-column', ctx);
}

export const props = {
  ...layoutProps,
};
