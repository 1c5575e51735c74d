// The shared pane of JPG and PNG: an <img> with alt text, from a data: URL or a URL.
import { el } from './dom.js';

export function createImage() {
  const figure = el('div', 'p4j-image');
  const img = el('img');
  img.decoding = 'async';
  figure.append(img);
  return { el: figure, img };
}

export const imageProps = {
  alt: (view, alt) => { view.img.alt = alt ?? ''; },
  object: (view, src) => {
    if (src) view.img.src = src;
    else view.img.removeAttribute('src');
    view.img.hidden = !src;
  },
};
