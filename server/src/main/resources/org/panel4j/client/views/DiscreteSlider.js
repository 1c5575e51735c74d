// DiscreteSlider: <input type="range"> over the options' positions, showing the label; sends the
// label of the option reached ('value' throttled while dragging, 'valueThrottled' on release).
import { throttle, unused } from './dom.js';
import { sliderElements } from './slider.js';

export function create(props, ctx) {
  const { wrapper, label, output, input } = sliderElements('discrete-slider');
  input.min = '0';
  input.step = '1';
  const view = { el: wrapper, label, input, options: [] };
  const current = () => view.options[Number(input.value)] ?? '';
  const show = () => {
    output.textContent = current();
    input.setAttribute('aria-valuetext', current());
  };
  view.sync = (all) => {
    view.options = all.options ?? [];
    input.max = String(Math.max(0, view.options.length - 1));
    input.value = String(Math.max(0, view.options.indexOf(all.value)));
    show();
  };
  const sendValue = throttle(() => ctx.send('value', current()), 75);
  input.addEventListener('input', () => { show(); sendValue(); });
  input.addEventListener('change', () => {
    sendValue.flush();
    ctx.send('valueThrottled', current());
  });
  return view;
}

export const props = {
  name: (view, name) => {
    view.label.textContent = name ?? '';
    view.input.setAttribute('aria-label', name || 'Slider');
  },
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  options: (view, options, all) => view.sync(all),
  value: (view, value, all) => view.sync(all),
  valueThrottled: unused,     // the option at release, sent by the slider; the server echoes it
};
