// PasswordInput: <input type="password"> (see textField.js).
import { createTextField, textFieldProps } from './textField.js';

export function create(props, ctx) {
  return createTextField(ctx, 'password', 'current-password');
}

export const props = {
  ...textFieldProps,
};
