// LoadingSpinner: a ring that turns while value is true.
import { el } from './dom.js';

export function create() {
  const spinner = el('div', 'p4j-spinner');
  spinner.setAttribute('role', 'status');
  spinner.setAttribute('aria-label', 'Loading');
  return {
    el: spinner,
    update(changed) {
      if ('value' in changed) {
        spinner.classList.toggle('p4j-spinning', !!changed.value);
        spinner.setAttribute('aria-label', changed.value ? 'Loading' : 'Idle');
      }
      if ('size' in changed) spinner.style.setProperty('--p4j-spinner-size', changed.size + 'px');
    },
  };
}
