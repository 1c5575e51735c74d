// The suggestion list shared by MultiChoice and AutocompleteInput: a listbox under a text input (in the
// page's flow, so a card never clips it), driven by the arrow keys, Enter and Escape, or a click.
import { el, uid } from './dom.js';

/** The most suggestions shown at once. */
export const SHOWN = 50;

/**
 * Attaches a suggestion list to {@code input}; {@code pick(label)} is called with the label chosen.
 * Returns { list, show(labels), hide(), active() }.
 */
export function suggestions(input, pick) {
  const list = el('ul', 'p4j-suggestions');
  list.id = uid('suggestions');
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  let index = -1;

  const items = () => [...list.children];
  const mark = (i) => {
    index = i;
    items().forEach((item, j) => item.setAttribute('aria-selected', String(j === i)));
    const current = items()[i];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const hide = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    mark(-1);
  };
  const show = (labels) => {
    list.replaceChildren(...labels.slice(0, SHOWN).map((label) => {
      const item = el('li', 'p4j-suggestion');
      item.id = uid('suggestion');
      item.setAttribute('role', 'option');
      item.textContent = label;
      item.dataset.label = label;
      return item;
    }));
    list.hidden = labels.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    mark(-1);
  };
  // mousedown, not click: the input keeps its focus, so its blur does not hide the list first
  list.addEventListener('mousedown', (e) => {
    const item = e.target.closest('.p4j-suggestion');
    if (!item) return;
    e.preventDefault();
    pick(item.dataset.label);
  });
  input.addEventListener('keydown', (e) => {
    const count = items().length;
    if (e.key === 'ArrowDown' && !list.hidden && count) {
      e.preventDefault();
      mark((index + 1) % count);
    } else if (e.key === 'ArrowUp' && !list.hidden && count) {
      e.preventDefault();
      mark((index - 1 + count) % count);
    } else if (e.key === 'Enter' && !list.hidden && index >= 0) {
      e.preventDefault();
      pick(items()[index].dataset.label);
    } else if (e.key === 'Escape') {
      hide();
    }
  });
  input.addEventListener('blur', hide);
  return { list, show, hide, active: () => (list.hidden ? null : items()[index]?.dataset.label ?? null) };
}
