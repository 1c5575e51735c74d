// TooltipIcon: an ⓘ that shows its text (as text) on hover or keyboard focus.
import { el, uid } from './dom.js';

export function create() {
  const root = el('span', 'p4j-tooltip-icon');
  const icon = el('span', 'p4j-tooltip-icon-mark');
  icon.textContent = 'i';
  icon.tabIndex = 0;
  const tip = el('span', 'p4j-tooltip');
  tip.id = uid('tooltip');
  tip.setAttribute('role', 'tooltip');
  icon.setAttribute('aria-describedby', tip.id);
  icon.setAttribute('aria-label', 'More information');
  root.append(icon, tip);
  return { el: root, tip };
}

export const props = {
  value: (view, text) => { view.tip.textContent = text ?? ''; },
};
