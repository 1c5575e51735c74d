// NumberInput: a spinner, a text box between a down and an up button (and the arrow keys), showing the
// number in `format` (e.g. 0.00, $0,0.00); sends 'value' when the user commits a number, a button
// adds or takes a step (within the bounds), or null when the box is emptied. The server checks the
// type and bounds again.
import { el, uid, setLabel } from './dom.js';
import { decimals } from './slider.js';

const FORMAT = /^([^0-9#]{0,8})0(,0)?(\.0{1,10})?([^0-9#]{0,8})$/;

/** The number as `format` shows it; the number itself without a format. */
function formatted(value, format) {
  const m = format == null ? null : FORMAT.exec(format);
  if (value == null) return '';
  if (!m) return String(value);
  const digits = m[3] ? m[3].length - 1 : 0;
  const text = new Intl.NumberFormat('en-US', {
    useGrouping: !!m[2], minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(value);
  return m[1] + text + m[4];
}

/** The number typed, ignoring the format's texts and separators; NaN when it is none. */
function parsed(text, format) {
  const m = format == null ? null : FORMAT.exec(format);
  let t = text.trim();
  if (m && m[1] && t.startsWith(m[1].trim())) t = t.slice(m[1].trim().length);
  if (m && m[4] && t.endsWith(m[4].trim())) t = t.slice(0, t.length - m[4].trim().length);
  t = t.replaceAll(',', '').trim();
  return t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? NaN : Number(t);
}

export function create(props, ctx) {
  const wrapper = el('div', 'p4j-widget p4j-spinner-input');
  const label = el('label', 'p4j-label');
  const row = el('div', 'p4j-spinner-row');
  const box = el('input', 'p4j-input p4j-spinner-box');
  box.type = 'text';
  box.inputMode = 'decimal';
  box.id = uid('spinner');
  box.setAttribute('role', 'spinbutton');
  label.htmlFor = box.id;
  const down = el('button', 'p4j-button p4j-spinner-step');
  const up = el('button', 'p4j-button p4j-spinner-step');
  down.type = 'button';
  up.type = 'button';
  down.textContent = '−';
  up.textContent = '+';
  down.setAttribute('aria-label', 'Decrease');
  up.setAttribute('aria-label', 'Increase');
  down.tabIndex = -1;
  up.tabIndex = -1;
  row.append(down, box, up);
  wrapper.append(label, row);
  const view = { el: wrapper, label, box, up, down, props };
  view.show = () => {
    box.value = formatted(props.value, props.format);
    if (props.value == null) box.removeAttribute('aria-valuenow');
    else box.setAttribute('aria-valuenow', String(props.value));
    box.setAttribute('aria-valuetext', box.value);
    up.disabled = !!props.disabled || (props.end != null && props.value != null && props.value >= props.end);
    down.disabled = !!props.disabled || (props.start != null && props.value != null && props.value <= props.start);
  };
  const stepBy = (sign) => {
    const base = props.value ?? props.start ?? 0;
    let next = Number((base + sign * props.step).toFixed(Math.max(decimals(props.step), decimals(base))));
    if (props.start != null) next = Math.max(props.start, next);
    if (props.end != null) next = Math.min(props.end, next);
    ctx.send('value', next);
    view.show();
  };
  up.addEventListener('click', () => stepBy(1));
  down.addEventListener('click', () => stepBy(-1));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      stepBy(e.key === 'ArrowUp' ? 1 : -1);
    }
  });
  box.addEventListener('change', () => {
    if (box.value.trim() === '') {
      ctx.send('value', null);
      view.show();
      return;
    }
    const number = parsed(box.value, props.format);
    if (!Number.isNaN(number)) ctx.send('value', number);   // the server checks type and bounds
    view.show();                                            // not a number: the held value again
  });
  return view;
}

const reshow = (view) => view.show();

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.box.disabled = !!disabled; view.show(); },
  start: (view, start) => {
    if (start == null) view.box.removeAttribute('aria-valuemin');
    else view.box.setAttribute('aria-valuemin', String(start));
    view.show();
  },
  end: (view, end) => {
    if (end == null) view.box.removeAttribute('aria-valuemax');
    else view.box.setAttribute('aria-valuemax', String(end));
    view.show();
  },
  step: reshow,
  format: reshow,
  value: reshow,
};
