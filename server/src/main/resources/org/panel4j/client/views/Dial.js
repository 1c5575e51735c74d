// Dial: a 270° SVG scale in coloured bands (the colour thresholds), a needle at the value, the value below.
import { el } from './dom.js';
import { formatValue, svg, fraction } from './indicator.js';

const CX = 100, CY = 100, R = 78, START = 135, SWEEP = 270;

function point(degrees, radius = R) {
  const a = (degrees * Math.PI) / 180;
  return `${(CX + radius * Math.cos(a)).toFixed(2)} ${(CY + radius * Math.sin(a)).toFixed(2)}`;
}

function band(from, to) {
  const a = START + SWEEP * from;
  const b = START + SWEEP * to;
  return `M ${point(a)} A ${R} ${R} 0 ${b - a > 180 ? 1 : 0} 1 ${point(b)}`;
}

export function create() {
  const root = el('figure', 'p4j-dial');
  const image = svg('svg', { viewBox: '0 0 200 190', role: 'img' });
  const bands = svg('g', { class: 'p4j-dial-bands' });
  const needle = svg('line', { x1: CX, y1: CY, x2: CX, y2: CY - R + 14, class: 'p4j-dial-needle' });
  const hub = svg('circle', { cx: CX, cy: CY, r: 7, class: 'p4j-dial-hub' });
  const text = svg('text', { x: CX, y: CY + 52, class: 'p4j-dial-value', 'text-anchor': 'middle' });
  const min = svg('text', { x: 38, y: 182, class: 'p4j-gauge-bound', 'text-anchor': 'middle' });
  const max = svg('text', { x: 162, y: 182, class: 'p4j-gauge-bound', 'text-anchor': 'middle' });
  image.append(bands, needle, hub, text, min, max);
  const title = el('figcaption', 'p4j-gauge-title');
  root.append(title, image);
  return { el: root, image, bands, needle, text, min, max, title };
}

function show(view, all) {
  const f = fraction(all.bounds, all.value);
  const label = formatValue(all.format, all.value);
  const scale = (all.colors ?? []).filter((c) => Array.isArray(c) && typeof c[0] === 'number');
  const steps = scale.length > 0 ? scale : [[1, null]];
  let from = 0;
  view.bands.replaceChildren(...steps.map(([upTo, color]) => {
    const to = Math.max(from, Math.min(1, upTo));
    const path = svg('path', { d: band(from, Math.max(to, from + 0.0001)), class: 'p4j-dial-band' });
    if (color) path.style.stroke = color;
    from = to;
    return path;
  }));
  const degrees = START + SWEEP * f + 90;   // the needle is drawn pointing up (-90°)
  view.needle.setAttribute('transform', `rotate(${degrees.toFixed(2)} ${CX} ${CY})`);
  view.text.textContent = label;
  const [lo, hi] = all.bounds ?? [0, 100];
  view.min.textContent = String(lo);
  view.max.textContent = String(hi);
  view.image.setAttribute('aria-label', `${all.name || 'Dial'}: ${label}`);
  view.el.dataset.fraction = f.toFixed(4);
}

export const props = {
  value: (view, value, all) => show(view, all),
  bounds: (view, bounds, all) => show(view, all),
  format: (view, format, all) => show(view, all),
  colors: (view, colors, all) => show(view, all),
  name: (view, name, all) => { view.title.textContent = name ?? ''; view.title.hidden = !name; show(view, all); },
};
