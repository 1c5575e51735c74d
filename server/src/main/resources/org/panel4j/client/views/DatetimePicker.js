// DatetimePicker: a native <input type="datetime-local">, sending its value when the user commits a change.
import { createTemporal, temporalProps } from './temporalInput.js';

export function create(props, ctx) {
  return createTemporal('datetime-local', ctx);
}

export const props = {
  ...temporalProps,
};
