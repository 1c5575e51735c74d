// Toasts for notify ops and error messages; the text is always set as text.

let container = null;

function ensureContainer() {
  if (!container) {
    container = document.createElement('div');
    container.className = 'p4j-toasts';
    document.body.append(container);
  }
  return container;
}

/** At most this many toasts show at once; a new one makes the oldest give way. */
const MAX_SHOWN = 5;

/**
 * Shows a toast; {@code durationMs} 0 keeps it until dismissed (by its button or a dismiss op for
 * {@code nid}); without a duration, 8 s for an error and 5 s for the others.
 */
export function toast(level, message, durationMs, nid) {
  const el = document.createElement('div');
  el.className = 'p4j-toast p4j-toast-' + level;
  el.setAttribute('role', level === 'error' || level === 'warning' ? 'alert' : 'status');
  if (nid) el.dataset.nid = String(nid);
  const text = document.createElement('span');
  text.className = 'p4j-toast-text';
  text.textContent = String(message);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'p4j-toast-close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => el.remove());
  el.append(text, close);
  const box = ensureContainer();
  box.append(el);
  while (box.children.length > MAX_SHOWN) box.firstElementChild.remove();
  const ms = typeof durationMs === 'number' ? durationMs : (level === 'error' ? 8000 : 5000);
  if (ms > 0) setTimeout(() => el.remove(), ms);
}

/** Removes the toast the server numbered {@code nid}, or every toast for 0. */
export function dismiss(nid) {
  if (!container) return;
  for (const el of [...container.children]) {
    if (nid === 0 || el.dataset.nid === String(nid)) el.remove();
  }
}
