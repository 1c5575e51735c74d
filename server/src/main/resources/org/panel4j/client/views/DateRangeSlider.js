// DateRangeSlider: two handles over the days from start to end (rangeSlider.js), step days apart;
// sends [from, to] as ISO dates. Days are counted in UTC, so the browser's time zone never shifts a date.
import { createRangeSlider, rangeSliderProps } from './rangeSlider.js';

const DAY = 86_400_000;

const codec = {
  toPos: (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY),
  fromPos: (day) => new Date(day * DAY).toISOString().slice(0, 10),
  format: (iso) => iso,
  step: (all) => all.step,
};

export function create(props, ctx) {
  return createRangeSlider(ctx, codec);
}

export const props = {
  ...rangeSliderProps,
};
