// IntRangeSlider: two handles over whole numbers (rangeSlider.js).
import { createRangeSlider, rangeSliderProps, numberCodec } from './rangeSlider.js';

export function create(props, ctx) {
  return createRangeSlider(ctx, numberCodec(true));
}

export const props = {
  ...rangeSliderProps,
};
