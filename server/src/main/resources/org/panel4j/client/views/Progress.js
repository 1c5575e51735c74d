// Progress: a native <progress>; a null value shows an indeterminate bar.
import { el } from './dom.js';

export function create() {
  const wrapper = el('div', 'p4j-progress');
  const bar = el('progress');
  bar.setAttribute('aria-label', 'Progress');
  wrapper.append(bar);
  return { el: wrapper, bar };
}

function showValue(view, all) {
  if (all.value == null) view.bar.removeAttribute('value');
  else view.bar.value = all.value;
}

export const props = {
  max: (view, max, all) => {
    view.bar.max = max;
    showValue(view, all);
  },
  value: (view, value, all) => showValue(view, all),
};
