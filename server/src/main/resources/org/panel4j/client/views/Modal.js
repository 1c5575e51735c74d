// Modal: a native modal <dialog> (the page behind is inert) holding the children. 'open' from the
// server shows/closes it; Escape, the close button or (backgroundClose) a click beside it close it
// and send open=false. Tab and Shift+Tab cycle within the dialog.
import { el, uid } from './dom.js';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function create(props, ctx) {
  const dialog = el('dialog', 'p4j-modal');
  const box = el('div', 'p4j-modal-box');
  const header = el('div', 'p4j-modal-header');
  const title = el('h2', 'p4j-modal-title');
  title.id = uid('modal');
  dialog.setAttribute('aria-labelledby', title.id);
  const close = el('button', 'p4j-modal-close');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  const body = el('div', 'p4j-modal-body');
  header.append(title, close);
  box.append(header, body);
  dialog.append(box);
  const view = { el: dialog, title, close, body, ctx, open: false, backgroundClose: false };
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (view.open) { view.open = false; ctx.send('open', false); }
  });
  dialog.addEventListener('click', (e) => { if (view.backgroundClose && e.target === dialog) dialog.close(); });
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll(FOCUSABLE)].filter((x) => !x.disabled && x.getClientRects().length > 0);
    if (items.length === 0) { e.preventDefault(); return; }
    const first = items[0], last = items[items.length - 1];
    const inside = dialog.contains(document.activeElement);
    if (e.shiftKey && (document.activeElement === first || !inside)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && (document.activeElement === last || !inside)) { e.preventDefault(); first.focus(); }
  });
  return view;
}

/** Shows or closes the dialog once it is in the page (a new view is put in after its props apply). */
function apply(view, open, tries = 0) {
  const dialog = view.el;
  if (!dialog.isConnected) {
    if (tries < 100) requestAnimationFrame(() => apply(view, view.open, tries + 1));
    return;
  }
  if (open && !dialog.open) dialog.showModal();
  else if (!open && dialog.open) dialog.close();
}

export const props = {
  open: (view, open) => { view.open = !!open; apply(view, view.open); },
  title: (view, title) => { view.title.textContent = title ?? ''; view.title.hidden = !title; },
  showCloseButton: (view, show) => { view.close.hidden = !show; },
  backgroundClose: (view, value) => { view.backgroundClose = !!value; },
  children: (view, children) => view.ctx.reconcile(view.body, children ?? []),
};
