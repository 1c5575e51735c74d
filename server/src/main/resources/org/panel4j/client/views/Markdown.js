// Markdown: safe HTML rendered on the server.
import { createHtmlPane, htmlProps } from './html.js';

export function create() {
  return createHtmlPane('p4j-markdown');
}

export const props = {
  ...htmlProps,
};
