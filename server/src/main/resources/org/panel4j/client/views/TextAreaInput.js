// TextAreaInput: a <textarea> sending its value debounced while typing, and at once on change; with
// autoGrow it grows to show all its text (never below its rows).
import { el, labelled, setLabel, debounce } from './dom.js';

export function create(props, ctx) {
  const area = el('textarea', 'p4j-input p4j-textarea');
  const [wrapper, label] = labelled(area, 'textarea');
  const view = { el: wrapper, area, label, autoGrow: false };
  view.fit = () => {
    area.style.height = '';
    if (!view.autoGrow) return;
    if (!area.isConnected) { requestAnimationFrame(view.fit); return; }   // measured once in the page
    area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
  };
  const sendSoon = debounce(() => ctx.send('value', area.value), 300);
  area.addEventListener('input', () => { view.fit(); sendSoon(); });
  area.addEventListener('change', () => { sendSoon.cancel(); ctx.send('value', area.value); });
  return view;
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  placeholder: (view, placeholder) => { view.area.placeholder = placeholder ?? ''; },
  disabled: (view, disabled) => { view.area.disabled = !!disabled; },
  rows: (view, rows) => { view.area.rows = rows; view.fit(); },
  maxLength: (view, maxLength) => { view.area.maxLength = maxLength; },
  autoGrow: (view, autoGrow) => {
    view.autoGrow = !!autoGrow;
    view.el.classList.toggle('p4j-auto-grow', view.autoGrow);
    view.fit();
  },
  value: (view, value) => {
    if (view.area.value !== (value ?? '')) view.area.value = value ?? '';
    view.fit();
  },
};
