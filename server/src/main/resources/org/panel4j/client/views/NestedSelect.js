// NestedSelect: a drop-down per level of the options tree, each offering the choices under the one
// above; a change at one level picks the first choice of each level below and sends the whole path.
// The tree arrives as nested lists, order kept: a node is [[choice, node below], ...] or, at the last
// level, [choice, ...]; an empty list ends the path.
import { el, uid, setLabel } from './dom.js';

export function create(props, ctx) {
  const root = el('div', 'p4j-widget');
  const label = el('span', 'p4j-label');
  label.id = uid('nested-label');
  const levels = el('div', 'p4j-nested-select');
  levels.setAttribute('role', 'group');
  levels.setAttribute('aria-labelledby', label.id);
  root.append(label, levels);
  const view = { el: root, label, levels, all: props, disabled: false };
  levels.addEventListener('change', (e) => {
    const depth = Number(e.target.dataset.level);
    const path = (view.all.value ?? []).slice(0, depth);
    path.push(e.target.value);
    let node = below(choicesOf(view.all.options, path.slice(0, depth)), e.target.value);
    while (node.length > 0) {
      path.push(isMap(node) ? node[0][0] : node[0]);
      node = isMap(node) ? node[0][1] : [];
    }
    ctx.send('value', path);
    render(view);
  });
  return view;
}

const isMap = (node) => node.length > 0 && Array.isArray(node[0]);

/** The node under {@code choice} in {@code node}: its subtree for a map node, nothing for a last level. */
function below(node, choice) {
  return isMap(node) ? node.find(([c]) => c === choice)?.[1] ?? [] : [];
}

/** The node reached by following {@code path} from {@code tree}. */
function choicesOf(tree, path) {
  let node = tree ?? [];
  for (const choice of path) node = below(node, choice);
  return node;
}

function render(view) {
  const names = view.all.levels ?? [];
  const path = view.all.value ?? [];
  const rows = [];
  let node = view.all.options ?? [];
  for (let depth = 0; node.length > 0; depth++) {
    const choices = isMap(node) ? node.map(([c]) => c) : node;
    const chosen = choices.includes(path[depth]) ? path[depth] : choices[0];
    const select = el('select', 'p4j-select');
    select.dataset.level = String(depth);
    select.disabled = view.disabled;
    select.append(...choices.map((c) => {
      const option = el('option');
      option.value = c;
      option.textContent = c;
      return option;
    }));
    select.value = chosen;
    const row = el('div', 'p4j-nested-level');
    const caption = el('label', 'p4j-label');
    select.id = uid('nested-level');
    caption.htmlFor = select.id;
    setLabel(caption, names[depth] ?? '');
    if (!names[depth]) select.setAttribute('aria-label', `Level ${depth + 1}`);
    row.append(caption, select);
    rows.push(row);
    node = below(node, chosen);
  }
  view.levels.replaceChildren(...rows);
}

function rerender(view, _, all) {
  view.all = all;
  render(view);
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => {
    view.disabled = !!disabled;
    for (const select of view.levels.querySelectorAll('select')) select.disabled = view.disabled;
  },
  levels: rerender,
  options: rerender,
  value: rerender,
};
