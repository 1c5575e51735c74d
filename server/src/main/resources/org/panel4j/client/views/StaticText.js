// StaticText: "name: value", always set as text.
import { el } from './dom.js';

export function create() {
  const root = el('div', 'p4j-static-text');
  const name = el('span', 'p4j-static-text-name');
  const value = el('span', 'p4j-static-text-value');
  root.append(name, value);
  return {
    el: root,
    update(changed) {
      if ('name' in changed) {
        name.textContent = changed.name ? changed.name + ': ' : '';
        name.hidden = !changed.name;
      }
      if ('value' in changed) value.textContent = changed.value ?? '';
    },
  };
}
