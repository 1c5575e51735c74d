// LinearGauge: an SVG bar filled from the low bound up to the value, upright or lying (horizontal).
import { el } from './dom.js';
import { formatValue, colorAt, svg, fraction } from './indicator.js';

const LONG = 200, SHORT = 24;

export function create() {
  const root = el('figure', 'p4j-linear-gauge');
  const title = el('figcaption', 'p4j-gauge-title');
  const image = svg('svg', { role: 'img', class: 'p4j-linear-gauge-bar' });
  const track = svg('rect', { rx: 6, class: 'p4j-gauge-track-fill' });
  const fill = svg('rect', { rx: 6, class: 'p4j-gauge-fill' });
  image.append(track, fill);
  const value = el('div', 'p4j-linear-gauge-value');
  root.append(title, image, value);
  return { el: root, title, image, track, fill, value };
}

function show(view, all) {
  const f = fraction(all.bounds, all.value);
  const horizontal = !!all.horizontal;
  const [w, h] = horizontal ? [LONG, SHORT] : [SHORT, LONG];
  view.el.classList.toggle('p4j-horizontal', horizontal);
  view.image.setAttribute('viewBox', `0 0 ${w} ${h}`);
  view.image.setAttribute('width', w);
  view.image.setAttribute('height', h);
  Object.entries({ x: 0, y: 0, width: w, height: h }).forEach(([k, v]) => view.track.setAttribute(k, v));
  const filled = f * LONG;
  const rect = horizontal ? { x: 0, y: 0, width: filled, height: h } : { x: 0, y: h - filled, width: w, height: filled };
  Object.entries(rect).forEach(([k, v]) => view.fill.setAttribute(k, v.toFixed(2)));
  view.fill.style.fill = colorAt(all.colors, f) ?? '';
  const label = formatValue(all.format, all.value);
  view.value.textContent = label;
  view.image.setAttribute('aria-label', `${all.name || 'Gauge'}: ${label}`);
  view.el.dataset.fraction = f.toFixed(4);
}

export const props = {
  value: (view, value, all) => show(view, all),
  bounds: (view, bounds, all) => show(view, all),
  format: (view, format, all) => show(view, all),
  colors: (view, colors, all) => show(view, all),
  horizontal: (view, horizontal, all) => show(view, all),
  name: (view, name, all) => { view.title.textContent = name ?? ''; view.title.hidden = !name; show(view, all); },
};
