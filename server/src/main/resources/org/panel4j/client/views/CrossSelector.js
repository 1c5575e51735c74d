// CrossSelector: the options not chosen (left) and the chosen ones (right), each list with a filter
// box; the buttons between them (or a double click) move the options selected in one list to the other
// and send the chosen labels: in option order with definitionOrder, else in the order moved.
import { el, uid, setLabel } from './dom.js';

function side(title) {
  const root = el('div', 'p4j-cross-side');
  const heading = el('span', 'p4j-cross-title');
  heading.textContent = title;
  const filter = el('input', 'p4j-input p4j-cross-filter');
  filter.type = 'search';
  filter.placeholder = 'Filter';
  filter.setAttribute('aria-label', `Filter ${title.toLowerCase()}`);
  const list = el('select', 'p4j-select p4j-list-box');
  list.multiple = true;
  list.setAttribute('aria-label', title);
  root.append(heading, filter, list);
  return { root, filter, list };
}

function moveButton(text, label) {
  const button = el('button', 'p4j-button p4j-cross-move');
  button.type = 'button';
  button.textContent = text;
  button.setAttribute('aria-label', label);
  return button;
}

export function create(props, ctx) {
  const root = el('div', 'p4j-widget');
  const label = el('span', 'p4j-label');
  label.id = uid('cross-label');
  const body = el('div', 'p4j-cross-selector');
  body.setAttribute('role', 'group');
  body.setAttribute('aria-labelledby', label.id);
  const left = side('Available');
  const right = side('Chosen');
  const toRight = moveButton('»', 'Choose the selected options');
  const toLeft = moveButton('«', 'Remove the selected options');
  const buttons = el('div', 'p4j-cross-buttons');
  buttons.append(toRight, toLeft);
  body.append(left.root, buttons, right.root);
  root.append(label, body);
  const view = { el: root, label, left, right, toRight, toLeft, all: props };
  const send = (value) => {
    ctx.send('value', value);
    render(view);
  };
  const add = () => {
    const moved = new Set([...left.list.selectedOptions].map((o) => o.value));
    if (moved.size === 0) return;
    const value = view.all.value ?? [];
    send(view.all.definitionOrder
      ? (view.all.options ?? []).filter((o) => moved.has(o) || value.includes(o))
      : [...value, ...[...moved]]);
  };
  const remove = () => {
    const moved = new Set([...right.list.selectedOptions].map((o) => o.value));
    if (moved.size > 0) send((view.all.value ?? []).filter((o) => !moved.has(o)));
  };
  toRight.addEventListener('click', add);
  toLeft.addEventListener('click', remove);
  left.list.addEventListener('dblclick', add);
  right.list.addEventListener('dblclick', remove);
  left.filter.addEventListener('input', () => render(view));
  right.filter.addEventListener('input', () => render(view));
  return view;
}

function fill(list, labels, filter) {
  const wanted = filter.value.toLowerCase();
  list.replaceChildren(...labels.filter((l) => l.toLowerCase().includes(wanted)).map((l) => {
    const option = el('option');
    option.value = l;
    option.textContent = l;
    return option;
  }));
}

function render(view) {
  const value = view.all.value ?? [];
  const chosen = new Set(value);
  fill(view.left.list, (view.all.options ?? []).filter((o) => !chosen.has(o)), view.left.filter);
  fill(view.right.list, value, view.right.filter);
}

function rerender(view, _, all) {
  view.all = all;
  render(view);
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => {
    for (const control of [view.left.filter, view.left.list, view.right.filter, view.right.list, view.toRight, view.toLeft]) {
      control.disabled = !!disabled;
    }
  },
  size: (view, size) => { view.left.list.size = size; view.right.list.size = size; },
  definitionOrder: rerender,
  options: rerender,
  value: rerender,
};
