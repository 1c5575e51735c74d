// EditableIntSlider: a range input over whole numbers with a number box that may extend its bounds.
import { createEditableSlider, editableSliderProps } from './editableSlider.js';

export function create(props, ctx) {
  return createEditableSlider(props, ctx, (text) => Math.round(Number(text)), (value) => String(value));
}

export const props = {
  ...editableSliderProps,
};
