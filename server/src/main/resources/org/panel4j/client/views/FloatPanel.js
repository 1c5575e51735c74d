// FloatPanel: a panel fixed above the page holding the children. Dragging its header moves it (in
// this page only); its buttons minimize/restore it and close it, sending 'status'. It starts at
// 'position' moved by 'offsetX'/'offsetY'; it never grows wider than the window.
import { el, uid } from './dom.js';

function button(className, label, text) {
  const b = el('button', 'p4j-float-panel-button ' + className);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  b.textContent = text;
  return b;
}

export function create(props, ctx) {
  const root = el('section', 'p4j-float-panel');
  const header = el('header', 'p4j-float-panel-header');
  const title = el('h2', 'p4j-float-panel-title');
  title.id = uid('float');
  root.setAttribute('aria-labelledby', title.id);
  const minimize = button('p4j-float-panel-minimize', 'Minimize', '–');
  const close = button('p4j-float-panel-close', 'Close', '×');
  const body = el('div', 'p4j-float-panel-body');
  header.append(title, minimize, close);
  root.append(header, body);
  const view = { el: root, title, minimize, body, ctx, status: 'normal', dx: 0, dy: 0, offset: [0, 0] };
  const setStatus = (status) => {
    if (status === view.status) return;
    showStatus(view, status);
    ctx.send('status', status);
  };
  close.addEventListener('click', () => setStatus('closed'));
  minimize.addEventListener('click', () => setStatus(view.status === 'minimized' ? 'normal' : 'minimized'));
  header.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || e.target.closest('button')) return;
    const start = { x: e.clientX - view.dx, y: e.clientY - view.dy };
    header.setPointerCapture(e.pointerId);
    const move = (m) => { view.dx = m.clientX - start.x; view.dy = m.clientY - start.y; place(view); };
    const up = () => {
      header.removeEventListener('pointermove', move);
      header.removeEventListener('pointerup', up);
      header.removeEventListener('pointercancel', up);
    };
    header.addEventListener('pointermove', move);
    header.addEventListener('pointerup', up);
    header.addEventListener('pointercancel', up);
  });
  return view;
}

function showStatus(view, status) {
  view.status = status;
  view.el.hidden = status === 'closed';
  view.el.classList.toggle('p4j-minimized', status === 'minimized');
  view.body.hidden = status === 'minimized';
  view.minimize.setAttribute('aria-label', status === 'minimized' ? 'Restore' : 'Minimize');
  view.minimize.textContent = status === 'minimized' ? '□' : '–';
}

function place(view) {
  view.el.style.translate = `${view.offset[0] + view.dx}px ${view.offset[1] + view.dy}px`;
}

export const props = {
  name: (view, name) => { view.title.textContent = name ?? ''; },
  status: showStatus,
  position: (view, position) => { view.el.dataset.position = position; },
  offsetX: (view, x) => { view.offset[0] = x ?? 0; place(view); },
  offsetY: (view, y) => { view.offset[1] = y ?? 0; place(view); },
  children: (view, children) => view.ctx.reconcile(view.body, children ?? []),
};
