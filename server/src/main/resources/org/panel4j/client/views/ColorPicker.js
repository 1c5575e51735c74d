// ColorPicker: <input type="color"> sending '#rrggbb' throttled while the user picks, and on change.
import { el, labelled, setLabel, throttle } from './dom.js';

export function create(props, ctx) {
  const input = el('input', 'p4j-color');
  input.type = 'color';
  const [wrapper, label] = labelled(input, 'color');
  const sendValue = throttle(() => ctx.send('value', input.value), 100);
  input.addEventListener('input', sendValue);
  input.addEventListener('change', () => sendValue.flush());
  return { el: wrapper, input, label };
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  value: (view, value) => { view.input.value = value ?? '#000000'; },
};
