// LaTeX: text with math the server has turned into MathML as data (tag, attributes, children). Only
// MathML elements and attributes from the lists below are built; every text is set as text, so
// nothing from the server is ever parsed as HTML.
import { el } from './dom.js';

const MATHML = 'http://www.w3.org/1998/Math/MathML';
const TAGS = new Set(['math', 'mrow', 'mi', 'mn', 'mo', 'mtext', 'mfrac', 'msqrt', 'mroot', 'msub', 'msup',
  'msubsup', 'mspace', 'merror']);
const ATTRIBUTES = new Set(['display', 'width']);

function build(node) {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attrs, ...children] = node;
  if (!TAGS.has(tag)) return document.createTextNode('');
  const e = document.createElementNS(MATHML, tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (ATTRIBUTES.has(name)) e.setAttribute(name, String(value));
  }
  children.forEach((child) => e.append(build(child)));
  return e;
}

export function create(props, ctx) {
  return { el: el('div', 'p4j-latex') };
}

export const props = {
  object: (view, segments) => view.el.replaceChildren(...(segments ?? []).map(build)),
};
