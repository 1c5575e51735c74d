// Str: preformatted text, set as text.
import { el } from './dom.js';

export function create() {
  const pre = el('pre', 'p4j-str');
  return {
    el: pre,
    update(changed) {
      if ('object' in changed) pre.textContent = changed.object ?? '';
    },
  };
}
