// The shared slider of IntSlider and FloatSlider: <input type="range"> with a label and the value
// shown; sends 'value' throttled while dragging (plus the final one) and 'valueThrottled' on release.
import { el, uid, throttle } from './dom.js';

export function createSlider(props, ctx, parse, format) {
  const wrapper = el('div', 'p4j-widget p4j-slider');
  const head = el('div', 'p4j-slider-head');
  const label = el('label', 'p4j-label');
  const output = el('output', 'p4j-slider-value');
  const input = el('input', 'p4j-range');
  input.type = 'range';
  input.id = uid('slider');
  label.htmlFor = input.id;
  output.htmlFor = input.id;
  head.append(label, output);
  wrapper.append(head, input);
  let step = 1;
  const show = () => {
    const text = format(parse(input.value), step);
    output.textContent = text;
    input.setAttribute('aria-valuetext', text);
  };
  const sendValue = throttle(() => ctx.send('value', parse(input.value)), 75);
  input.addEventListener('input', () => { show(); sendValue(); });
  input.addEventListener('change', () => {
    sendValue.flush();
    ctx.send('valueThrottled', parse(input.value));
  });
  return {
    el: wrapper,
    update(changed, all) {
      if ('name' in changed) {
        label.textContent = changed.name ?? '';
        input.setAttribute('aria-label', changed.name || 'Slider');
      }
      if ('start' in changed) input.min = String(changed.start);
      if ('end' in changed) input.max = String(changed.end);
      if ('step' in changed) { step = changed.step; input.step = String(changed.step); }
      if ('disabled' in changed) input.disabled = !!changed.disabled;
      if ('value' in changed || 'start' in changed || 'end' in changed || 'step' in changed) {
        input.value = String(all.value);
        show();
      }
    },
  };
}
