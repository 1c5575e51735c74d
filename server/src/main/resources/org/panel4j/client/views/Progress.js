// Progress: a native <progress>; a null value shows an indeterminate bar.
import { el } from './dom.js';

export function create() {
  const wrapper = el('div', 'p4j-progress');
  const bar = el('progress');
  bar.setAttribute('aria-label', 'Progress');
  wrapper.append(bar);
  return {
    el: wrapper,
    update(changed, all) {
      if ('max' in changed) bar.max = changed.max;
      if ('value' in changed || 'max' in changed) {
        if (all.value == null) bar.removeAttribute('value');
        else bar.value = all.value;
      }
    },
  };
}
