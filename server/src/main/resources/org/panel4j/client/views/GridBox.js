// GridBox: a CSS grid of ncols equal columns.
import { createLayout, layoutProps } from './layout.js';

export function create(props, ctx) {
  return createLayout('p4j-grid-box', ctx);
}

export const props = {
  ...layoutProps,
  ncols: (view, ncols) => view.el.style.setProperty('--p4j-ncols', String(ncols ?? 2)),
};
