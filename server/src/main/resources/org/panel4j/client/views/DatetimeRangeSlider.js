// DatetimeRangeSlider: two handles over wall-clock times from start to end (rangeSlider.js), step ms
// apart; sends [from, to] as ISO dates and times without zone. Times are placed on a UTC axis, so the
// browser's time zone (and its daylight saving) never shifts them.
import { createRangeSlider, rangeSliderProps } from './rangeSlider.js';

const codec = {
  toPos: (iso) => Date.parse(`${iso}Z`),
  fromPos: (ms) => {
    const iso = new Date(ms).toISOString();
    return iso.slice(17, 19) === '00' ? iso.slice(0, 16) : iso.slice(0, 19);
  },
  format: (iso) => iso.replace('T', ' '),
  step: (all) => all.step,
};

export function create(props, ctx) {
  return createRangeSlider(ctx, codec);
}

export const props = {
  ...rangeSliderProps,
};
