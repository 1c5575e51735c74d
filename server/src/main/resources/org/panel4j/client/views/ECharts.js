// ECharts: a chart drawn by Apache ECharts (from its WebJar, served at /static/echarts, imported only
// by pages that show one). The option is plain data from the server: nothing in it is run as code,
// tooltips are drawn as chart text (renderMode 'richText', never HTML) and a link that is not http(s)
// or relative is dropped. A new option replaces the old one; the chart follows its box's size and
// the page's light or dark theme.
import * as echarts from '/static/echarts/dist/echarts.esm.min.js';
import { el } from './dom.js';

const SAFE_LINK = /^(https?:\/\/|\/(?!\/)|\.{0,2}\/|#)/i;

/** A copy of the option safe to give ECharts: rich-text tooltips, only http(s) or relative links. */
function safe(value, key) {
  if (Array.isArray(value)) return value.map((item) => safe(item, key));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'link' || k === 'sublink') && !(typeof v === 'string' && SAFE_LINK.test(v))) continue;
      out[k] = safe(v, k);
    }
    if (key === 'tooltip') out.renderMode = 'richText';
    return out;
  }
  return value;
}

export function create(props, ctx) {
  const root = el('div', 'p4j-echarts');
  root.setAttribute('role', 'img');
  const view = { el: root, chart: null, renderer: null, object: {}, draws: 0 };
  const resize = new ResizeObserver(() => view.chart?.resize());
  resize.observe(root);
  const themed = new MutationObserver(() => { if (view.chart && view.theme !== pageTheme()) draw(view); });
  themed.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  view.destroy = () => {
    resize.disconnect();
    themed.disconnect();
    view.chart?.dispose();
  };
  view.stats = () => ({ draws: view.draws });
  return view;
}

/** ECharts' own dark theme while the page is dark (docs/theming.md), its light default otherwise. */
const pageTheme = () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : null);

function draw(view) {
  if (view.chart && view.theme !== pageTheme()) {
    view.chart.dispose();
    view.chart = null;
  }
  if (!view.chart) {
    view.theme = pageTheme();
    view.chart = echarts.init(view.el, view.theme, { renderer: view.renderer ?? 'canvas' });
  }
  view.chart.setOption({ backgroundColor: 'transparent', ...safe(view.object, '') }, { notMerge: true });
  view.draws++;
}

export const props = {
  object: (view, object) => {
    view.object = object ?? {};
    const title = view.object.title;
    const text = (Array.isArray(title) ? title[0] : title)?.text;
    view.el.setAttribute('aria-label', typeof text === 'string' && text ? text : 'Chart');
    draw(view);
  },
  renderer: (view, renderer) => {
    if (view.renderer === renderer) return;
    view.renderer = renderer;
    if (view.chart) {
      view.chart.dispose();
      view.chart = null;
      draw(view);
    }
  },
};
