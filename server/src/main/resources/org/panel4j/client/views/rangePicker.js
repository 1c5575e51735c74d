// The shared range picker of DateRangePicker and DatetimeRangePicker: two native inputs of one type
// (date, datetime-local), from and to, in a labelled group; sends [from, to] when both are filled (to
// not before from), null when both are cleared. ISO values compare as text; each field's limits follow
// the bounds and the other field. The server checks all of it again.
import { el, uid, setLabel } from './dom.js';

export function createRangePicker(type, ctx) {
  const wrapper = el('div', 'p4j-widget p4j-date-range');
  const label = el('span', 'p4j-label');
  label.id = uid('range-label');
  wrapper.setAttribute('role', 'group');
  wrapper.setAttribute('aria-labelledby', label.id);
  const fields = el('div', 'p4j-date-range-fields');
  const from = el('input', 'p4j-input');
  const to = el('input', 'p4j-input');
  from.type = type;
  to.type = type;
  from.setAttribute('aria-label', 'From');
  to.setAttribute('aria-label', 'To');
  const dash = el('span', 'p4j-date-range-dash');
  dash.textContent = '–';
  dash.setAttribute('aria-hidden', 'true');
  fields.append(from, dash, to);
  wrapper.append(label, fields);
  const view = { el: wrapper, label, from, to, start: '', end: '' };
  view.limit = () => {
    from.min = view.start;
    from.max = to.value || view.end;
    to.min = from.value || view.start;
    to.max = view.end;
  };
  const changed = () => {
    view.limit();
    if (from.value === '' && to.value === '') ctx.send('value', null);
    else if (from.value !== '' && to.value !== '' && from.value <= to.value) ctx.send('value', [from.value, to.value]);
  };
  from.addEventListener('change', changed);
  to.addEventListener('change', changed);
  return view;
}

export const rangePickerProps = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.from.disabled = !!disabled; view.to.disabled = !!disabled; },
  start: (view, start) => { view.start = start ?? ''; view.limit(); },
  end: (view, end) => { view.end = end ?? ''; view.limit(); },
  value: (view, value) => {
    view.from.value = value?.[0] ?? '';
    view.to.value = value?.[1] ?? '';
    view.limit();
  },
};
