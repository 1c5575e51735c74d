// DateSlider: <input type="range"> over the days from start to end, showing the date; sends 'value'
// (an ISO date) throttled while dragging, and the last one on release. Days are counted in UTC, so the
// browser's time zone never shifts a date.
import { throttle } from './dom.js';
import { sliderElements } from './slider.js';

const DAY = 86_400_000;
const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

export function create(props, ctx) {
  const { wrapper, label, output, input } = sliderElements('date-slider');
  input.min = '0';
  const view = { el: wrapper, label, input, first: 0 };
  const current = () => toIso(view.first + Number(input.value));
  const show = () => {
    output.textContent = current();
    input.setAttribute('aria-valuetext', current());
  };
  /** Shows the held value within the current bounds (after any of value, start, end). */
  view.sync = (all) => {
    view.first = toDay(all.start);
    input.max = String(toDay(all.end) - view.first);
    input.value = String(toDay(all.value) - view.first);
    show();
  };
  const sendValue = throttle(() => ctx.send('value', current()), 75);
  input.addEventListener('input', () => { show(); sendValue(); });
  input.addEventListener('change', () => sendValue.flush());
  return view;
}

export const props = {
  name: (view, name) => {
    view.label.textContent = name ?? '';
    view.input.setAttribute('aria-label', name || 'Date');
  },
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  start: (view, start, all) => view.sync(all),
  end: (view, end, all) => view.sync(all),
  value: (view, value, all) => view.sync(all),
};
