// EditableRangeSlider: two handles over decimals and a number box for each end; a number typed outside
// the slider's bounds goes to the server, which extends them (within fixedStart..fixedEnd).
import { el } from './dom.js';
import { createRangeSlider, rangeSliderProps, numberCodec } from './rangeSlider.js';

export function create(props, ctx) {
  const view = createRangeSlider(ctx, numberCodec(false));
  const boxes = el('div', 'p4j-range-boxes');
  const from = el('input', 'p4j-input p4j-number');
  const to = el('input', 'p4j-input p4j-number');
  for (const [box, name] of [[from, 'From'], [to, 'To']]) {
    box.type = 'number';
    box.setAttribute('aria-label', name);
  }
  const dash = el('span', 'p4j-date-range-dash');
  dash.textContent = '–';
  dash.setAttribute('aria-hidden', 'true');
  boxes.append(from, dash, to);
  view.el.append(boxes);
  const showBoxes = () => {
    const [a, b] = view.current();
    from.value = String(a);
    to.value = String(b);
  };
  view.onMove = showBoxes;
  view.onSync = (all) => {
    from.value = String(all.value[0]);
    to.value = String(all.value[1]);
  };
  const typed = () => {
    if (from.validity.badInput || to.validity.badInput || from.value === '' || to.value === '') return;
    const span = [Number(from.value), Number(to.value)];
    if (span[0] > span[1]) {
      view.onSync(view.all);            // not a span: show the server's again
      return;
    }
    ctx.send('value', span);
  };
  from.addEventListener('change', typed);
  to.addEventListener('change', typed);
  Object.assign(view, { from, to });
  return view;
}

const hardBound = (attr) => (view, value) => {
  for (const box of [view.from, view.to]) {
    if (value == null) box.removeAttribute(attr);
    else box.setAttribute(attr, String(value));
  }
};

export const props = {
  ...rangeSliderProps,
  disabled: (view, disabled) => {
    for (const input of [view.lo, view.hi, view.from, view.to]) input.disabled = !!disabled;
  },
  fixedStart: hardBound('min'),
  fixedEnd: hardBound('max'),
};
