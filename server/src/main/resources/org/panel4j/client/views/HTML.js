// HTML: the app author's trusted markup.
import { createHtmlPane } from './html.js';

export function create() {
  return createHtmlPane('p4j-html');
}
