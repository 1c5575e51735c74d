// Trend: title, last value, its change in per cent (coloured up/down) and an SVG sparkline of the data.
import { el } from './dom.js';
import { svg } from './indicator.js';

const W = 200, H = 48;

export function create() {
  const root = el('div', 'p4j-trend');
  const title = el('div', 'p4j-trend-title');
  const row = el('div', 'p4j-trend-row');
  const value = el('span', 'p4j-trend-value');
  const change = el('span', 'p4j-trend-change');
  row.append(value, change);
  const image = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'p4j-trend-plot', 'aria-hidden': 'true' });
  const area = svg('path', { class: 'p4j-trend-area' });
  const line = svg('path', { class: 'p4j-trend-line', 'vector-effect': 'non-scaling-stroke' });
  image.append(area, line);
  root.append(title, row, image);
  return { el: root, title, value, change, area, line };
}

function number(v) {
  return Math.abs(v) >= 1000 ? v.toLocaleString('en-US', { maximumFractionDigits: 0 })
    : v.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function draw(view, all) {
  const data = all.data ?? [];
  const last = data.at(-1);
  const before = data.at(-2);
  view.value.textContent = last == null ? '–' : number(last);
  const change = before == null || before === 0 ? null : (last - before) / Math.abs(before);
  view.change.textContent = change == null ? '' : `${change >= 0 ? '▲' : '▼'} ${(Math.abs(change) * 100).toFixed(1)} %`;
  const color = change != null && change < 0 ? all.negColor : all.posColor;
  view.change.style.color = color;
  view.line.style.stroke = color;
  view.area.style.fill = color;
  view.el.dataset.change = change == null ? '' : change.toFixed(4);
  const type = all.plotType ?? 'area';
  if (data.length === 0) { view.line.setAttribute('d', ''); view.area.setAttribute('d', ''); return; }
  const lo = Math.min(...data), hi = Math.max(...data);
  const y = (v) => (H - 2 - ((v - lo) / (hi - lo || 1)) * (H - 4)).toFixed(2);
  const step = W / Math.max(1, data.length - (type === 'bar' ? 0 : 1));
  const x = (i) => (i * step).toFixed(2);
  if (type === 'bar') {
    view.line.setAttribute('d', '');
    view.area.setAttribute('d', data.map((v, i) =>
      `M ${x(i)} ${H} V ${y(v)} h ${(step * 0.7).toFixed(2)} V ${H} Z`).join(' '));
    return;
  }
  const path = data.map((v, i) => (i === 0 ? `M ${x(i)} ${y(v)}`
    : type === 'step' ? `H ${x(i)} V ${y(v)}` : `L ${x(i)} ${y(v)}`)).join(' ');
  view.line.setAttribute('d', path);
  view.area.setAttribute('d', type === 'line' ? '' : `${path} L ${x(data.length - 1)} ${H} L 0 ${H} Z`);
}

export const props = {
  title: (view, title) => { view.title.textContent = title ?? ''; view.title.hidden = !title; },
  data: (view, data, all) => draw(view, all),
  plotType: (view, type, all) => draw(view, all),
  posColor: (view, color, all) => draw(view, all),
  negColor: (view, color, all) => draw(view, all),
};
