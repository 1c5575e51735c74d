// How each glyph of a Figure becomes a uPlot series: line, scatter, step, area and vbar, with the
// glyph's colour, alpha, line width, marker size and legend label.
import uPlot from '/static/uplot/dist/uPlot.esm.js';

/** The glyphs grouped by (source, x column), in first-use order: each group is one uPlot table. */
export function groups(glyphs) {
  const byKey = new Map();
  for (const g of glyphs) {
    const key = g.source + '\u0000' + g.x;
    if (!byKey.has(key)) byKey.set(key, { source: g.source, x: g.x, members: [] });
    byKey.get(key).members.push(g);
  }
  return [...byKey.values()];
}

/** The uPlot series of glyph {@code g}; {@code data[0]} (the x values) sizes the bars. */
export function series(g, data) {
  const base = {
    label: g.legend ?? g.type,
    stroke: g.color,
    width: g.lineWidth,
    alpha: g.alpha,
    points: { show: false },
    spanGaps: false,
  };
  switch (g.type) {
    case 'scatter':
      return { ...base, alpha: 1, paths: () => null,
        points: { show: true, space: 0, size: g.size, width: 0, fill: rgba(g.color, g.alpha), stroke: rgba(g.color, g.alpha) } };
    case 'step':
      return { ...base, paths: uPlot.paths.stepped({ align: g.mode === 'after' ? 1 : -1 }) };
    case 'area':
      return { ...base, alpha: 1, fill: rgba(g.color, g.alpha), fillTo: 0 };
    case 'vbar':
      return { ...base, alpha: 1, width: 0, fill: rgba(g.color, g.alpha), stroke: rgba(g.color, g.alpha),
        paths: uPlot.paths.bars({ size: [barFraction(g.barWidth, data[0]), Infinity], align: 0 }) };
    default:
      return base;
  }
}

/** uPlot sizes bars as a share of the space per x value; Bokeh's bar width is in x units. */
function barFraction(barWidth, xs) {
  const n = xs?.length ?? 0;
  if (n < 2) return Math.min(1, barWidth);
  const spacing = (xs[n - 1] - xs[0]) / (n - 1);
  return spacing > 0 ? Math.max(0.05, Math.min(1, barWidth / spacing)) : 0.8;
}

const probe = document.createElement('canvas').getContext('2d');

/** A CSS colour with opacity {@code alpha}, as rgba(). */
export function rgba(color, alpha) {
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  const normal = probe.fillStyle;           // '#rrggbb' or 'rgba(r, g, b, a)'
  if (normal.startsWith('#')) {
    const n = parseInt(normal.slice(1), 16);
    return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  }
  const [r, g, b, a = 1] = normal.match(/[\d.]+/g).map(Number);
  return `rgba(${r}, ${g}, ${b}, ${a * alpha})`;
}
