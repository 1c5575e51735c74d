// Accordion: one section per child, its header button opening/closing its body; a click sends
// 'active' (the open indices, at most one with toggle). The children are reconciled into a hidden
// holder and each element is then moved into its section's body.
import { el, uid } from './dom.js';

export function create(props, ctx) {
  const root = el('div', 'p4j-accordion');
  const holder = el('div');
  holder.hidden = true;
  const list = el('div', 'p4j-accordion-list');
  root.append(list, holder);
  return { el: root, holder, list, ctx, base: uid('accordion'), open: [], toggle: false };
}

/** Puts the children's elements back into the holder, in order. */
function gather(view) {
  view.list.querySelectorAll(':scope > section > .p4j-accordion-body').forEach((b) => view.holder.append(...b.children));
}

function draw(view, all) {
  gather(view);
  const titles = all.titles ?? [];
  const elements = [...view.holder.children];
  view.toggle = !!all.toggle;
  view.list.replaceChildren(...elements.map((child, i) => {
    const section = el('section', 'p4j-accordion-item');
    const header = el('button', 'p4j-accordion-header');
    header.type = 'button';
    header.id = `${view.base}-h${i}`;
    header.textContent = titles[i] ?? `Panel ${i + 1}`;
    const body = el('div', 'p4j-accordion-body');
    body.id = `${view.base}-b${i}`;
    body.setAttribute('role', 'region');
    body.setAttribute('aria-labelledby', header.id);
    header.setAttribute('aria-controls', body.id);
    header.addEventListener('click', () => {
      const open = new Set(view.open);
      if (open.has(i)) open.delete(i);
      else { if (view.toggle) open.clear(); open.add(i); }
      view.open = [...open].sort((a, b) => a - b);
      show(view);
      view.ctx.send('active', view.open);
    });
    body.append(child);
    section.append(header, body);
    return section;
  }));
  show(view);
}

function show(view) {
  const open = new Set(view.open);
  [...view.list.children].forEach((section, i) => {
    section.classList.toggle('p4j-open', open.has(i));
    section.firstChild.setAttribute('aria-expanded', String(open.has(i)));
    section.lastChild.hidden = !open.has(i);
  });
}

export const props = {
  children: (view, children, all) => {
    gather(view);
    view.ctx.reconcile(view.holder, children ?? []);
    draw(view, all);
  },
  titles: (view, titles, all) => draw(view, all),
  toggle: (view, toggle, all) => draw(view, all),
  active: (view, active) => { view.open = [...(active ?? [])]; show(view); },
};
