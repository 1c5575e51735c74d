// IntSlider: a range input over whole numbers.
import { createSlider, sliderProps } from './slider.js';

export function create(props, ctx) {
  return createSlider(props, ctx, (text) => Math.round(Number(text)), (value) => String(value));
}

export const props = {
  ...sliderProps,
};
