// FlexBox: a CSS flexbox; direction, wrap, justify, align and gap as the server sets them (validated there).
import { createLayout, layoutProps } from './layout.js';

export function create(props, ctx) {
  return createLayout('p4j-flex-box', ctx);
}

export const props = {
  ...layoutProps,
  flexDirection: (view, value) => { view.el.style.flexDirection = value ?? 'row'; },
  flexWrap: (view, value) => { view.el.style.flexWrap = value ?? 'wrap'; },
  justifyContent: (view, value) => { view.el.style.justifyContent = value ?? 'flex-start'; },
  alignItems: (view, value) => { view.el.style.alignItems = value ?? 'flex-start'; },
  gap: (view, gap) => { view.el.style.gap = (gap ?? 16) + 'px'; },
};
