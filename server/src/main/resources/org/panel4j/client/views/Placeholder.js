// Placeholder: a slot showing its one child, swapped by the server.
import { createLayout, layoutProps } from './layout.js';

export function create(props, ctx) {
  return createLayout('p4j-placeholder', ctx);
}

export const props = {
  ...layoutProps,
};
