// EditableFloatSlider: a range input over decimals with a number box that may extend its bounds.
import { createEditableSlider, editableSliderProps } from './editableSlider.js';
import { formatNumber } from './slider.js';

export function create(props, ctx) {
  return createEditableSlider(props, ctx, Number, formatNumber);
}

export const props = {
  ...editableSliderProps,
};
