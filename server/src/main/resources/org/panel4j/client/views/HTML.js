// HTML: the app author's trusted markup.
import { createHtmlPane, htmlProps } from './html.js';

export function create() {
  return createHtmlPane('p4j-html');
}

export const props = {
  ...htmlProps,
};
