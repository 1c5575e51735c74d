// Markdown: safe HTML rendered on the server.
import { createHtmlPane } from './html.js';

export function create() {
  return createHtmlPane('p4j-markdown');
}
