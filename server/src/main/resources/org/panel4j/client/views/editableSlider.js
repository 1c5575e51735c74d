// The shared editable slider of EditableIntSlider and EditableFloatSlider: slider.js's slider with a
// number box in its head instead of the value text. A number typed outside the slider's bounds goes to
// the server, which extends them (within fixedStart..fixedEnd, the box's min and max).
import { el } from './dom.js';
import { createSlider, sliderProps } from './slider.js';

/** The slider with a number box in its head (EditableIntSlider, EditableFloatSlider); the box may leave the slider's bounds. */
export function createEditableSlider(props, ctx, parse, format) {
  const view = createSlider(props, ctx, parse, format);
  const box = el('input', 'p4j-input p4j-number p4j-slider-box');
  box.type = 'number';
  box.setAttribute('aria-label', 'Value');
  view.el.querySelector('.p4j-slider-value').replaceWith(box);
  box.addEventListener('change', () => {
    if (box.validity.badInput || box.value === '') return;
    ctx.send('value', parse(box.value));
  });
  const sync = view.sync;
  view.sync = (all) => {
    sync(all);
    if (document.activeElement !== box || Number(box.value) !== all.value) box.value = String(all.value);
  };
  view.input.addEventListener('input', () => { box.value = String(parse(view.input.value)); });
  view.box = box;
  return view;
}

const hardBound = (attr) => (view, value) => {
  if (value == null) view.box.removeAttribute(attr);
  else view.box.setAttribute(attr, String(value));
};

export const editableSliderProps = {
  ...sliderProps,
  step: (view, step, all) => {
    sliderProps.step(view, step, all);
    view.box.step = String(step);
  },
  disabled: (view, disabled) => { view.input.disabled = !!disabled; view.box.disabled = !!disabled; },
  fixedStart: hardBound('min'),
  fixedEnd: hardBound('max'),
};
