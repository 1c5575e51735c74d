// WidgetBox: a framed box of widgets, stacked or side by side.
import { createLayout, layoutProps } from './layout.js';

export function create(props, ctx) {
  return createLayout('p4j-widget-box', ctx);
}

export const props = {
  ...layoutProps,
  horizontal: (view, horizontal) => view.el.classList.toggle('p4j-horizontal', !!horizontal),
};
