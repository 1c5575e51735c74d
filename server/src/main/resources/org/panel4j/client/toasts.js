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

export function toast(level, message) {
  const el = document.createElement('div');
  el.className = 'p4j-toast p4j-toast-' + level;
  el.setAttribute('role', level === 'error' || level === 'warning' ? 'alert' : 'status');
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
  ensureContainer().append(el);
  setTimeout(() => el.remove(), level === 'error' ? 8000 : 5000);
}
