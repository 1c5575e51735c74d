// SVG: the server's sanitised drawing, shown as an image (where SVG runs no script and loads nothing).
import { el } from './dom.js';

export function create() {
  const figure = el('div', 'p4j-svg');
  const img = el('img');
  figure.append(img);
  return { el: figure, img };
}

export const props = {
  object: (view, src) => {
    if (src) view.img.src = src;
    else view.img.removeAttribute('src');
    view.img.hidden = !src;
  },
  alt: (view, alt) => { view.img.alt = alt ?? ''; },
};
