// The shared pane of Markdown and HTML: the server sends HTML it vouches for (Markdown is rendered
// and sanitised on the server; HTML is the app author's trusted markup).
import { el } from './dom.js';

export function createHtmlPane(className) {
  const div = el('div', className);
  return {
    el: div,
    update(changed) {
      if ('object' in changed) div.innerHTML = changed.object ?? '';
    },
  };
}
