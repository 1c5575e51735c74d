// The shared pane of JPG and PNG: an <img> with alt text, from a data: URL or a URL.
import { el } from './dom.js';

export function createImage() {
  const figure = el('div', 'p4j-image');
  const img = el('img');
  img.decoding = 'async';
  figure.append(img);
  return {
    el: figure,
    update(changed) {
      if ('alt' in changed) img.alt = changed.alt ?? '';
      if ('object' in changed) {
        if (changed.object) img.src = changed.object;
        else img.removeAttribute('src');
        img.hidden = !changed.object;
      }
    },
  };
}
