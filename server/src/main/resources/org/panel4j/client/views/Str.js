// Str: preformatted text, set as text.
import { el } from './dom.js';

export function create() {
  return { el: el('pre', 'p4j-str') };
}

export const props = {
  object: (view, text) => { view.el.textContent = text ?? ''; },
};
