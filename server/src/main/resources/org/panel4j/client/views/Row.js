// Row: children side by side.
import { createLayout, layoutProps } from './layout.js';

export function create(props, ctx) {
  return createLayout('p4j-row', ctx);
}

export const props = {
  ...layoutProps,
};
