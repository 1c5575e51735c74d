// LoadingSpinner: a ring that turns while value is true.
import { el } from './dom.js';

export function create() {
  const spinner = el('div', 'p4j-spinner');
  spinner.setAttribute('role', 'status');
  spinner.setAttribute('aria-label', 'Loading');
  return { el: spinner };
}

export const props = {
  value: (view, spinning) => {
    view.el.classList.toggle('p4j-spinning', !!spinning);
    view.el.setAttribute('aria-label', spinning ? 'Loading' : 'Idle');
  },
  size: (view, size) => view.el.style.setProperty('--p4j-spinner-size', size + 'px'),
};
