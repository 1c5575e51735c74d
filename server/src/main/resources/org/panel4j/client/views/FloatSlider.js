// FloatSlider: a range input over decimals, shown with the step's precision.
import { createSlider, sliderProps } from './slider.js';

function decimals(step) {
  const text = String(step);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

export function create(props, ctx) {
  return createSlider(props, ctx, Number, (value, step) => value.toFixed(Math.min(10, decimals(step))));
}

export const props = {
  ...sliderProps,
};
