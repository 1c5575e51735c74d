// FloatInput: a number field (number.js).
import { createNumberInput, numberProps } from './number.js';

export function create(props, ctx) {
  return createNumberInput(props, ctx);
}

export const props = {
  ...numberProps,
};
