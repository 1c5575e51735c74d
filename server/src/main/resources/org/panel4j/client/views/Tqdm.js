// Tqdm: a progress bar with tqdm's line (count, share, elapsed<remaining, rate) written by the server.
import { el } from './dom.js';

export function create() {
  const root = el('div', 'p4j-tqdm');
  const bar = el('progress');
  bar.setAttribute('aria-label', 'Progress');
  const text = el('span', 'p4j-tqdm-text');
  root.append(bar, text);
  return { el: root, bar, text };
}

export const props = {
  max: (view, max) => { view.bar.max = max; },
  value: (view, value) => { view.bar.value = value ?? 0; },
  text: (view, text) => { view.text.textContent = text ?? ''; },
};
