// Tabs: a tab bar (role tablist) over one panel per child; choosing a tab sends 'active'.
import { el, uid } from './dom.js';

export function create(props, ctx) {
  const root = el('div', 'p4j-tabs');
  const bar = el('div', 'p4j-tab-bar');
  bar.setAttribute('role', 'tablist');
  const panels = el('div', 'p4j-tab-panels');
  root.append(bar, panels);
  const base = uid('tabs');
  let active = 0;

  const choose = (index) => {
    active = index;
    [...bar.children].forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
    });
    [...panels.children].forEach((panel, i) => {
      panel.classList.toggle('p4j-tab-inactive', i !== index);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', `${base}-${i}`);
    });
  };

  bar.addEventListener('keydown', (e) => {
    const count = bar.children.length;
    if (count === 0 || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    const next = (active + (e.key === 'ArrowRight' ? 1 : count - 1)) % count;
    bar.children[next].focus();
    bar.children[next].click();
  });

  /** The tab bar: one tab per child, titled by titles (after either changes). */
  const retitle = (all) => {
    const titles = all.titles ?? [];
    const count = (all.children ?? []).length;
    bar.replaceChildren(...Array.from({ length: count }, (_, i) => {
      const tab = el('button', 'p4j-tab');
      tab.type = 'button';
      tab.id = `${base}-${i}`;
      tab.setAttribute('role', 'tab');
      tab.textContent = titles[i] ?? `Tab ${i + 1}`;
      tab.addEventListener('click', () => { choose(i); ctx.send('active', i); });
      return tab;
    }));
    choose(all.active ?? 0);
  };
  return { el: root, panels, retitle, choose, ctx };
}

export const props = {
  titles: (view, titles, all) => view.retitle(all),
  children: (view, children, all) => {
    view.ctx.reconcile(view.panels, children ?? []);
    view.retitle(all);
  },
  active: (view, active) => view.choose(active ?? 0),
};
