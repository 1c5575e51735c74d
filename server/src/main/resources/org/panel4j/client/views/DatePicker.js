// DatePicker: a native <input type="date">, sending its value when the user commits a change.
import { createTemporal, temporalProps } from './temporalInput.js';

export function create(props, ctx) {
  return createTemporal('date', ctx);
}

export const props = {
  ...temporalProps,
};
