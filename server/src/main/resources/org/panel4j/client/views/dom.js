// Small DOM helpers shared by the views.

let counter = 0;

/** A new element with a class. */
export function el(tag, className) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}

/** A fresh id for label/control pairs. */
export function uid(prefix) {
  counter += 1;
  return `p4j-${prefix}-${counter}`;
}

/** A widget wrapper with a label bound to {@code control}; returns [wrapper, label]. */
export function labelled(control, kind) {
  const wrapper = el('div', 'p4j-widget');
  const label = el('label', 'p4j-label');
  control.id = uid(kind);
  label.htmlFor = control.id;
  wrapper.append(label, control);
  return [wrapper, label];
}

/** Sets a label's text, hiding it when empty. */
export function setLabel(label, text) {
  label.textContent = text ?? '';
  label.hidden = !text;
}

/** Calls fn at most every {@code ms}, always with the latest arguments, and once more at the end. */
export function throttle(fn, ms) {
  let last = 0;
  let timer = null;
  let pending = null;
  const run = () => { last = Date.now(); timer = null; const args = pending; pending = null; fn(...args); };
  const throttled = (...args) => {
    pending = args;
    const wait = ms - (Date.now() - last);
    if (wait <= 0 && !timer) run();
    else if (!timer) timer = setTimeout(run, wait);
  };
  throttled.flush = () => { if (timer) { clearTimeout(timer); run(); } };
  return throttled;
}

/** Calls fn once {@code ms} have passed without a new call; flush() calls it now if pending. */
export function debounce(fn, ms) {
  let timer = null;
  let pending = null;
  const debounced = (...args) => {
    pending = args;
    clearTimeout(timer);
    timer = setTimeout(() => { timer = null; fn(...pending); }, ms);
  };
  debounced.flush = () => { if (timer) { clearTimeout(timer); timer = null; fn(...pending); } };
  debounced.cancel = () => { clearTimeout(timer); timer = null; };
  return debounced;
}

/** The entry of a prop a view receives but does not show (a props table names every prop it gets). */
export function unused() {}
