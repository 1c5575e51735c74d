// DateRangePicker: two native <input type="date">, from and to (rangePicker.js).
import { createRangePicker, rangePickerProps } from './rangePicker.js';

export function create(props, ctx) {
  return createRangePicker('date', ctx);
}

export const props = {
  ...rangePickerProps,
};
