// FloatSlider: a range input over decimals, shown with the step's precision.
import { createSlider, sliderProps, formatNumber } from './slider.js';

export function create(props, ctx) {
  return createSlider(props, ctx, Number, formatNumber);
}

export const props = {
  ...sliderProps,
};
