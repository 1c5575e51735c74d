// JSON: a tree of the value; objects and arrays open and close by a click on their toggle. Text as text.
import { el } from './dom.js';

function leaf(value) {
  const span = el('span', 'p4j-json-' + (value === null ? 'null' : typeof value));
  span.textContent = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return span;
}

function node(value, level, depth) {
  if (value === null || typeof value !== 'object') return leaf(value);
  const array = Array.isArray(value);
  const entries = array ? value.map((v, i) => [i, v]) : Object.entries(value);
  const box = el('span', 'p4j-json-node');
  const toggle = el('button', 'p4j-json-toggle');
  toggle.type = 'button';
  const summary = `${array ? '[' : '{'}${entries.length} ${array ? 'items' : 'keys'}${array ? ']' : '}'}`;
  const list = el('ul', 'p4j-json-children');
  for (const [key, child] of entries) {
    const item = el('li');
    if (!array) {
      const k = el('span', 'p4j-json-key');
      k.textContent = JSON.stringify(key) + ': ';
      item.append(k);
    }
    item.append(node(child, level + 1, depth));
    list.append(item);
  }
  const show = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = (open ? '▾ ' : '▸ ') + (array ? '[' : '{') + (open ? '' : ` … ${summary.slice(1, -1)} ` + (array ? ']' : '}'));
    list.hidden = !open;
    close.hidden = !open;
  };
  const close = el('span', 'p4j-json-close');
  close.textContent = array ? ']' : '}';
  toggle.addEventListener('click', () => show(list.hidden));
  box.append(toggle, list, close);
  show(entries.length > 0 && (depth < 0 || level < depth));
  return box;
}

export function create() {
  return { el: el('div', 'p4j-json') };
}

function draw(view, all) {
  view.el.replaceChildren(node(all.object ?? null, 0, all.depth ?? 1));
}

export const props = {
  object: (view, object, all) => draw(view, all),
  depth: (view, depth, all) => draw(view, all),
};
