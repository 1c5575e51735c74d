// RangeSlider: two handles over decimals, shown with the step's precision (rangeSlider.js).
import { createRangeSlider, rangeSliderProps, numberCodec } from './rangeSlider.js';

export function create(props, ctx) {
  return createRangeSlider(ctx, numberCodec(false));
}

export const props = {
  ...rangeSliderProps,
};
