// DatetimeRangePicker: two native <input type="datetime-local">, from and to (rangePicker.js).
import { createRangePicker, rangePickerProps } from './rangePicker.js';

export function create(props, ctx) {
  return createRangePicker('datetime-local', ctx);
}

export const props = {
  ...rangePickerProps,
};
