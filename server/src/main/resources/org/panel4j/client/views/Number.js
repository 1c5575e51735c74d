// Number: a title over a big value, written through its template and coloured by its scale.
import { el } from './dom.js';
import { formatValue, colorAt } from './indicator.js';

export function create() {
  const root = el('div', 'p4j-number');
  const title = el('div', 'p4j-number-title');
  const value = el('div', 'p4j-number-value');
  root.append(title, value);
  return { el: root, title, value };
}

function show(view, all) {
  view.value.textContent = formatValue(all.format, all.value);
  view.value.style.color = colorAt(all.colors, all.value) ?? (all.defaultColor || '');
}

export const props = {
  value: (view, value, all) => show(view, all),
  format: (view, format, all) => show(view, all),
  colors: (view, colors, all) => show(view, all),
  defaultColor: (view, color, all) => show(view, all),
  name: (view, name) => { view.title.textContent = name ?? ''; view.title.hidden = !name; },
  fontSize: (view, size) => { view.value.style.fontSize = size + 'px'; },
  titleSize: (view, size) => { view.title.style.fontSize = size + 'px'; },
};
