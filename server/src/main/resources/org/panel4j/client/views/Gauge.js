// Gauge: a 270° SVG dial; the arc up to the value takes the scale's colour at the value's fraction.
import { el } from './dom.js';
import { formatValue, colorAt, svg, fraction } from './indicator.js';

const CX = 100, CY = 100, R = 80, START = 135, SWEEP = 270;

function point(degrees) {
  const a = (degrees * Math.PI) / 180;
  return `${(CX + R * Math.cos(a)).toFixed(2)} ${(CY + R * Math.sin(a)).toFixed(2)}`;
}

function arc(f) {
  if (f <= 0) return '';
  const end = START + SWEEP * Math.min(f, 0.9999);
  return `M ${point(START)} A ${R} ${R} 0 ${SWEEP * f > 180 ? 1 : 0} 1 ${point(end)}`;
}

export function create() {
  const root = el('figure', 'p4j-gauge');
  const image = svg('svg', { viewBox: '0 0 200 175', role: 'img' });
  const track = svg('path', { d: arc(1), class: 'p4j-gauge-track' });
  const bar = svg('path', { class: 'p4j-gauge-bar' });
  const text = svg('text', { x: CX, y: CY + 8, class: 'p4j-gauge-value', 'text-anchor': 'middle' });
  const min = svg('text', { x: 36, y: 172, class: 'p4j-gauge-bound', 'text-anchor': 'middle' });
  const max = svg('text', { x: 164, y: 172, class: 'p4j-gauge-bound', 'text-anchor': 'middle' });
  image.append(track, bar, text, min, max);
  const title = el('figcaption', 'p4j-gauge-title');
  root.append(image, title);
  return { el: root, image, bar, text, min, max, title };
}

function show(view, all) {
  const f = fraction(all.bounds, all.value);
  const label = formatValue(all.format, all.value);
  view.bar.setAttribute('d', arc(f));
  view.bar.style.stroke = colorAt(all.colors, f) ?? '';
  view.text.textContent = label;
  const [lo, hi] = all.bounds ?? [0, 100];
  view.min.textContent = String(lo);
  view.max.textContent = String(hi);
  view.image.setAttribute('aria-label', `${all.name || 'Gauge'}: ${label}`);
  view.el.dataset.fraction = f.toFixed(4);
}

export const props = {
  value: (view, value, all) => show(view, all),
  bounds: (view, bounds, all) => show(view, all),
  format: (view, format, all) => show(view, all),
  colors: (view, colors, all) => show(view, all),
  name: (view, name, all) => { view.title.textContent = name ?? ''; view.title.hidden = !name; show(view, all); },
};
