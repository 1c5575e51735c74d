// IntSlider: a range input over whole numbers.
import { createSlider } from './slider.js';

export function create(props, ctx) {
  return createSlider(props, ctx, (text) => Math.round(Number(text)), (value) => String(value));
}
