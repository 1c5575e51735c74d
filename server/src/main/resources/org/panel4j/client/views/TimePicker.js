// TimePicker: a native <input type="time">, sending its value when the user commits a change.
import { createTemporal, temporalProps } from './temporalInput.js';

export function create(props, ctx) {
  return createTemporal('time', ctx);
}

export const props = {
  ...temporalProps,
};
