// The shared two-handle slider of IntRangeSlider, RangeSlider, EditableRangeSlider, DateRangeSlider and
// DatetimeRangeSlider: two <input type="range"> over one track (keyboard and pointer as usual), the span
// between them filled. Sends 'value' [from, to] throttled while dragging (plus the final one) and
// 'valueThrottled' on release. A codec maps the wire values to positions on the track:
// { toPos(wire), fromPos(pos, all), format(wire, all), step(all) }.
import { el, uid, setLabel, throttle, unused } from './dom.js';
import { formatNumber, snapNumber } from './slider.js';

export function createRangeSlider(ctx, codec) {
  const wrapper = el('div', 'p4j-widget p4j-slider p4j-range-slider');
  const head = el('div', 'p4j-slider-head');
  const label = el('span', 'p4j-label');
  label.id = uid('range-slider-label');
  const output = el('output', 'p4j-slider-value');
  head.append(label, output);
  const track = el('div', 'p4j-range-track');
  const fill = el('div', 'p4j-range-fill');
  const lo = el('input', 'p4j-range p4j-range-lo');
  const hi = el('input', 'p4j-range p4j-range-hi');
  lo.type = 'range';
  hi.type = 'range';
  lo.setAttribute('aria-label', 'From');
  hi.setAttribute('aria-label', 'To');
  track.append(fill, lo, hi);
  wrapper.setAttribute('role', 'group');
  wrapper.setAttribute('aria-labelledby', label.id);
  wrapper.append(head, track);
  const view = { el: wrapper, label, output, lo, hi, track, all: null };
  view.current = () => [codec.fromPos(Number(lo.value), view.all), codec.fromPos(Number(hi.value), view.all)];
  view.show = () => {
    const [a, b] = view.current();
    const [ta, tb] = [codec.format(a, view.all), codec.format(b, view.all)];
    output.textContent = `${ta} – ${tb}`;
    lo.setAttribute('aria-valuetext', ta);
    hi.setAttribute('aria-valuetext', tb);
    const min = Number(lo.min);
    const width = Number(lo.max) - min || 1;
    fill.style.setProperty('--p4j-lo', String((Number(lo.value) - min) / width));
    fill.style.setProperty('--p4j-hi', String((Number(hi.value) - min) / width));
    // the low handle on top when both sit at the end, so it can still be moved back
    lo.classList.toggle('p4j-range-top', Number(lo.value) >= Number(lo.max));
  };
  /** Shows the held value within the current bounds (after any of value, start, end, step). */
  view.sync = (all) => {
    view.all = all;
    for (const input of [lo, hi]) {
      input.min = String(codec.toPos(all.start));
      input.max = String(codec.toPos(all.end));
      input.step = String(codec.step(all));
    }
    lo.value = String(codec.toPos(all.value[0]));
    hi.value = String(codec.toPos(all.value[1]));
    view.show();
    view.onSync?.(all);
  };
  const sendValue = throttle(() => ctx.send('value', view.current()), 75);
  const moved = (input, other, keepBelow) => () => {
    if (keepBelow ? Number(input.value) > Number(other.value) : Number(input.value) < Number(other.value)) {
      input.value = other.value;
    }
    view.show();
    view.onMove?.();
    sendValue();
  };
  lo.addEventListener('input', moved(lo, hi, true));
  hi.addEventListener('input', moved(hi, lo, false));
  for (const input of [lo, hi]) {
    input.addEventListener('change', () => {
      sendValue.flush();
      ctx.send('valueThrottled', view.current());
    });
  }
  return view;
}

const resync = (view, value, all) => view.sync(all);

export const rangeSliderProps = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.lo.disabled = !!disabled; view.hi.disabled = !!disabled; },
  start: resync,
  end: resync,
  step: resync,
  value: resync,
  valueThrottled: unused,     // the span at release, sent by the slider; the server echoes it
};

/** Numbers: positions are the values; whole numbers or decimals on the step's grid. */
export function numberCodec(whole) {
  return {
    toPos: Number,
    fromPos: (pos, all) => (whole ? Math.round(pos) : snapNumber(pos, all.step)),
    format: (value, all) => (whole ? String(value) : formatNumber(value, all.step)),
    step: (all) => all.step,
  };
}
