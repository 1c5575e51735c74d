// The shared number field of IntInput and FloatInput: <input type="number"> with min/max/step that
// sends 'value' when the user commits a number (change), or null when the field is emptied.
import { el, labelled, setLabel } from './dom.js';

export function createNumberInput(props, ctx) {
  const input = el('input', 'p4j-input p4j-number');
  input.type = 'number';
  const [wrapper, label] = labelled(input, 'number');
  input.addEventListener('change', () => {
    if (input.validity.badInput) return;                // not a number yet: nothing to send
    ctx.send('value', input.value === '' ? null : Number(input.value));
  });
  return { el: wrapper, input, label };
}

const bound = (attr) => (view, value) => {
  if (value == null) view.input.removeAttribute(attr);
  else view.input.setAttribute(attr, String(value));
};

export const numberProps = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  start: bound('min'),
  end: bound('max'),
  step: bound('step'),
  value: (view, value) => {
    const shown = view.input.value;
    if (value == null) view.input.value = '';
    else if (shown === '' || Number(shown) !== value) view.input.value = String(value);
  },
};
