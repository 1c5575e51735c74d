// The shared native date/time field of DatePicker, TimePicker and DatetimePicker: an <input> of the
// given type with its label; sends 'value' (ISO text, null when cleared) when the user commits a change.
// start and end become the field's min and max; the server checks them again.
import { el, labelled, setLabel } from './dom.js';

export function createTemporal(type, ctx) {
  const input = el('input', 'p4j-input');
  input.type = type;
  const [wrapper, label] = labelled(input, type);
  input.addEventListener('change', () => ctx.send('value', input.value === '' ? null : input.value));
  return { el: wrapper, input, label };
}

export const temporalProps = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  start: (view, start) => { view.input.min = start ?? ''; },
  end: (view, end) => { view.input.max = end ?? ''; },
  value: (view, value) => {
    if (view.input.value !== (value ?? '')) view.input.value = value ?? '';
  },
};
