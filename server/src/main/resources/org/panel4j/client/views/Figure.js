// Figure: a plot drawn by uPlot (from its WebJar, served at /static/uplot). Its data sources are
// ColumnDataSource views kept in a hidden child; every change of a source asks for one redraw at the
// next animation frame, so many ops between two frames cost one draw. Drag to zoom, double-click to
// reset; while zoomed, new data do not move the view. A readout follows the cursor.
//
// For tests and tools: window.panel4j.views.get(id).stats() returns {draws, changes, built}.
import uPlot from '/static/uplot/dist/uPlot.esm.js';
import { el } from './dom.js';
import { readout } from './plotReadout.js';
import { series, groups } from './plotSeries.js';

let styled = false;

function loadCss() {
  if (styled) return;
  styled = true;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/static/uplot/dist/uPlot.min.css';
  document.head.append(link);
}

export function create(props, ctx) {
  loadCss();
  const root = el('figure', 'p4j-figure');
  const plotEl = el('div', 'p4j-figure-plot');
  const sourcesEl = el('div');
  sourcesEl.hidden = true;
  root.append(plotEl, sourcesEl);
  const state = { props, sources: new Map(), unsubscribe: [], plot: null, zoomed: false,
    frame: 0, dirty: false, rebuild: true, draws: 0, changes: 0, built: 0, width: 0 };

  const schedule = () => {
    state.changes++;
    state.dirty = true;
    if (!state.frame) state.frame = requestAnimationFrame(() => { state.frame = 0; draw(state, plotEl); });
  };
  state.schedule = schedule;
  const resize = new ResizeObserver(() => {
    if (plotEl.clientWidth !== state.width) { state.rebuild = true; schedule(); }
  });
  resize.observe(plotEl);

  return {
    el: root,
    state,
    /** Sources changed: follows the new ones. */
    follow(all) {
      state.unsubscribe.forEach((stop) => stop());
      const els = ctx.reconcile(sourcesEl, all.sources ?? []);
      state.sources = new Map((all.sources ?? []).map((node, i) => [node.id, els[i].p4jSource]));
      state.unsubscribe = [...state.sources.values()].map((s) => s.subscribe(schedule));
    },
    stats: () => ({ draws: state.draws, changes: state.changes, built: state.built }),
    destroy() {
      resize.disconnect();
      state.unsubscribe.forEach((stop) => stop());
      if (state.frame) cancelAnimationFrame(state.frame);
      state.plot?.destroy();
    },
  };
}

/** Any prop of the figure: the plot is built anew at the next frame (one request per batch of props). */
function rebuild(view, value, all) {
  const state = view.state;
  state.props = all;
  view.el.setAttribute('aria-label', all.title || 'plot');
  if (state.rebuild && state.frame) return;   // a rebuild is already due at the next frame
  state.rebuild = true;
  state.schedule();
}

export const props = {
  title: rebuild,
  xAxisLabel: rebuild,
  yAxisLabel: rebuild,
  xAxisType: rebuild,
  showLegend: rebuild,
  legendPosition: rebuild,
  glyphs: rebuild,
  height: rebuild,            // a common prop; the plot's height follows it
  sources: (view, sources, all) => {
    view.follow(all);
    rebuild(view, sources, all);
  },
};

function draw(state, plotEl) {
  if (!state.dirty) return;
  if (!plotEl.isConnected || plotEl.clientWidth === 0) {
    state.rebuild = true;     // wait until the figure is on the page and has a width
    return;
  }
  state.dirty = false;
  // Grouped by (source, x) so that uPlot's series follow the joined table's order.
  const glyphs = groups((state.props.glyphs ?? []).filter((g) => state.sources.get(g.source)))
    .flatMap((group) => group.members);
  const data = tableOf(glyphs, state.sources);
  if (state.rebuild || !state.plot) {
    state.rebuild = false;
    state.plot?.destroy();
    state.plot = build(state, plotEl, glyphs, data);
    state.built++;
  } else {
    state.plot.setData(data, !state.zoomed);
  }
  state.draws++;
}

/** uPlot's data: one x array and a y array per glyph, joined when glyphs use different x columns. */
function tableOf(glyphs, sources) {
  const tables = groups(glyphs).map(({ source, x, members }) => {
    const s = sources.get(source);
    return [s.view(x) ?? [], ...members.map((g) => gaps(s.view(g.y) ?? []))];
  });
  if (tables.length === 0) return [[]];
  return tables.length === 1 ? tables[0] : uPlot.join(tables);
}

/** uPlot draws null as a gap but cannot read NaN: copy a column holding NaN into an array with nulls. */
function gaps(values) {
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) return Array.from(values, (v) => (Number.isNaN(v) ? null : v));
  }
  return values;
}

function build(state, plotEl, glyphs, data) {
  const props = state.props;
  const font = getComputedStyle(document.body).fontFamily;
  const axis = (label) => ({
    label: label || undefined,
    stroke: '#495057',
    font: `12px ${font}`,
    labelFont: `600 13px ${font}`,
    grid: { stroke: '#e9ecef', width: 1 },
    ticks: { stroke: '#ced4da', width: 1, size: 5 },
  });
  const datetime = props.xAxisType === 'datetime';
  const width = plotEl.clientWidth;
  state.width = width;
  const height = Math.max(120, (props.height ?? 320) - (props.title ? 34 : 0));
  const opts = {
    title: props.title || undefined,
    width,
    height,
    ms: 1,                                            // datetime x values are epoch milliseconds
    scales: { x: { time: datetime } },
    axes: [axis(props.xAxisLabel), axis(props.yAxisLabel)],
    series: [{ label: props.xAxisLabel || 'x' }, ...glyphs.map((g) => series(g, data))],
    cursor: { drag: { x: true, y: false, setScale: true }, points: { size: 7 } },
    legend: { show: props.showLegend !== false && glyphs.some((g) => g.legend), live: false },
    plugins: [readout(datetime, glyphs)],
    hooks: {
      setSelect: [(u) => { if (u.select.width > 0) state.zoomed = true; }],
      ready: [(u) => u.over.addEventListener('dblclick', () => { state.zoomed = false; })],
    },
  };
  plotEl.replaceChildren();
  const plot = new uPlot(opts, data, plotEl);
  const legend = plot.root.querySelector('.u-legend');
  if (legend) {
    legend.classList.add('p4j-legend', 'p4j-legend-' + (props.legendPosition ?? 'top_right'));
    const rows = [...legend.querySelectorAll('.u-series')];
    const skip = rows.length - glyphs.length;      // uPlot lists the x series only in a live legend
    rows.forEach((row, i) => { row.hidden = i < skip || !glyphs[i - skip].legend; });
    plot.over.append(legend);
  }
  return plot;
}
