// TextInput: <input type="text"> (see textField.js).
import { createTextField, textFieldProps } from './textField.js';

export function create(props, ctx) {
  return createTextField(ctx, 'text');
}

export const props = {
  ...textFieldProps,
};
