// The shared pane of Markdown and HTML: the server sends HTML it vouches for (Markdown is rendered
// and sanitised on the server; HTML is the app author's trusted markup).
import { el } from './dom.js';

export function createHtmlPane(className) {
  return { el: el('div', className) };
}

export const htmlProps = {
  object: (view, html) => { view.el.innerHTML = html ?? ''; },
};
