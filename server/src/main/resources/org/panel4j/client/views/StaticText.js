// StaticText: "name: value", always set as text.
import { el, unused } from './dom.js';

export function create() {
  const root = el('div', 'p4j-static-text');
  const name = el('span', 'p4j-static-text-name');
  const value = el('span', 'p4j-static-text-value');
  root.append(name, value);
  return { el: root, name, value };
}

export const props = {
  name: (view, name) => {
    view.name.textContent = name ? name + ': ' : '';
    view.name.hidden = !name;
  },
  value: (view, value) => { view.value.textContent = value ?? ''; },
  disabled: unused,           // nothing to disable in a text
};
