// The shared slider of IntSlider, FloatSlider and their editable kinds (editableSlider.js):
// <input type="range"> with a label and the value shown; sends 'value' throttled while dragging (plus
// the final one) and 'valueThrottled' on release.
import { el, uid, throttle, unused } from './dom.js';

/** The decimals a step has (0.05: 2), to show and send values on its grid without float noise. */
export function decimals(step) {
  const text = String(step);
  return text.includes('.') ? Math.min(10, text.length - text.indexOf('.') - 1) : 0;
}

/** A value shown with its step's decimals. */
export const formatNumber = (value, step) => Number(value).toFixed(decimals(step));

/** A number from a range input, rounded to its step's decimals. */
export const snapNumber = (text, step) => Number(Number(text).toFixed(decimals(step)));

/** The slider's elements: a labelled range input with its value shown beside the label. */
export function sliderElements(idPrefix) {
  const wrapper = el('div', 'p4j-widget p4j-slider');
  const head = el('div', 'p4j-slider-head');
  const label = el('label', 'p4j-label');
  const output = el('output', 'p4j-slider-value');
  const input = el('input', 'p4j-range');
  input.type = 'range';
  input.id = uid(idPrefix);
  label.htmlFor = input.id;
  output.htmlFor = input.id;
  head.append(label, output);
  wrapper.append(head, input);
  return { wrapper, label, output, input };
}

export function createSlider(props, ctx, parse, format) {
  const { wrapper, label, output, input } = sliderElements('slider');
  const view = { el: wrapper, label, input, step: 1 };
  const show = () => {
    const text = format(parse(input.value), view.step);
    output.textContent = text;
    input.setAttribute('aria-valuetext', text);
  };
  /** Shows the held value within the current bounds (after any of value, start, end, step). */
  view.sync = (all) => {
    input.value = String(all.value);
    show();
  };
  const sendValue = throttle(() => ctx.send('value', parse(input.value)), 75);
  input.addEventListener('input', () => { show(); sendValue(); });
  input.addEventListener('change', () => {
    sendValue.flush();
    ctx.send('valueThrottled', parse(input.value));
  });
  return view;
}

export const sliderProps = {
  name: (view, name) => {
    view.label.textContent = name ?? '';
    view.input.setAttribute('aria-label', name || 'Slider');
  },
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  start: (view, start, all) => {
    view.input.min = String(start);
    view.sync(all);
  },
  end: (view, end, all) => {
    view.input.max = String(end);
    view.sync(all);
  },
  step: (view, step, all) => {
    view.step = step;
    view.input.step = String(step);
    view.sync(all);
  },
  value: (view, value, all) => view.sync(all),
  valueThrottled: unused,     // the value at release, sent by the slider; the server echoes it
};
