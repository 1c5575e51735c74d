// GridSpec: a CSS grid; each child sits at its cell [row, column, rowSpan, columnSpan].
import { el } from './dom.js';

export function create(props, ctx) {
  return { el: el('div', 'p4j-grid-spec'), ctx };
}

function place(view, all) {
  const cells = all.cells ?? [];
  const ncols = Math.max(1, ...cells.map(([, c, , cs]) => c + cs));
  view.el.style.setProperty('--p4j-ncols', String(ncols));
  [...view.el.children].forEach((child, i) => {
    const cell = cells[i];
    if (!cell) return;
    const [r, c, rs, cs] = cell;
    child.style.gridRow = `${r + 1} / span ${rs}`;
    child.style.gridColumn = `${c + 1} / span ${cs}`;
  });
}

export const props = {
  children: (view, children, all) => {
    view.ctx.reconcile(view.el, children ?? []);
    place(view, all);
  },
  cells: (view, cells, all) => place(view, all),
};
