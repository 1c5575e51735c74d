// Table: a data grid drawn by Tabulator (from its WebJar, served at /static/tabulator, imported only
// by pages that show a table). docs/decisions/0022-table.md.
//
// Local mode: the rows are a ColumnDataSource view kept in a hidden child; its changes reach Tabulator
// as deltas (streamed rows added, rolled-off rows deleted, patched cells updated), so scroll position,
// sort, filters and selection stay. Tabulator sorts, filters and pages; the view tells the server the
// sort, filters and search shown ('view' event) for the CSV download.
// Remote mode: Tabulator asks for each page through ajaxRequestFunc; the view sends a 'query' event
// numbered by request and resolves the page when the server's 'page' prop answers that number.
//
// Every value shown is put in the page as text (formatters return DOM nodes, never HTML).
//
// For tests and tools: window.panel4j.views.get(id).rows() returns the rows shown, in order, as
// objects {_k: key, column: value}; .table is the Tabulator instance.
import { TabulatorFull as Tabulator } from '/static/tabulator/dist/js/tabulator_esm.min.mjs';
import { el } from './dom.js';

let styled = false;

function loadCss() {
  if (styled) return;
  styled = true;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/static/tabulator/dist/css/tabulator_simple.min.css';
  document.head.append(link);
}

export function create(props, ctx) {
  loadCss();
  const root = el('div', 'p4j-table');
  const bar = el('div', 'p4j-table-bar');
  const search = el('input', 'p4j-input p4j-table-search');
  search.type = 'search';
  search.placeholder = 'Search';
  search.setAttribute('aria-label', 'Search the table');
  const count = el('span', 'p4j-table-count');
  count.setAttribute('role', 'status');
  const tools = el('div', 'p4j-table-tools');
  bar.append(search, count, tools);
  const grid = el('div', 'p4j-table-grid');
  const sourcesEl = el('div');
  sourcesEl.hidden = true;
  root.append(bar, grid, sourcesEl);

  const view = {
    el: root, grid, search, count, tools, ctx, all: props, table: null, ready: false,
    source: null, unsubscribe: null, held: { offset: 0, end: 0 },
    buildFrame: 0, streamFrame: 0, streamStart: null, destroyed: false, pending: new Map(), requestBase: Math.floor(Math.random() * 1e6) * 1e6, requests: 0,
    applyingSelection: false, lastRefusal: null, viewTimer: 0, shape: '', sourcesEl,
    rows: () => (view.table ? view.table.getRows('active').map((r) => r.getData()) : []),
    destroy() {
      view.destroyed = true;
      if (view.buildFrame) cancelAnimationFrame(view.buildFrame);
      if (view.streamFrame) cancelAnimationFrame(view.streamFrame);
      view.unsubscribe?.();
      clearTimeout(view.viewTimer);
      view.table?.destroy();
    },
  };
  search.addEventListener('input', () => {
    clearTimeout(view.searchTimer);
    view.searchTimer = setTimeout(() => applySearch(view), 250);
  });
  build(view, props);
  return view;
}

const local = (view) => view.all.mode !== 'remote';

// ---- building -----------------------------------------------------------------------------------

function shape(all) {
  return JSON.stringify([all.columns, all.mode, all.pageSize, all.selectionMode]);
}

/** Builds Tabulator once the view is in the document (it measures itself as it builds). */
function build(view, all) {
  view.all = all;
  view.shape = shape(all);
  if (view.buildFrame) return;
  const attempt = () => {
    view.buildFrame = 0;
    if (view.destroyed) return;
    if (!view.el.isConnected) {
      view.buildFrame = requestAnimationFrame(attempt);
      return;
    }
    buildNow(view, view.all);
  };
  attempt();
}

function buildNow(view, all) {
  view.shape = shape(all);
  const options = {
    index: '_k',
    layout: 'fitDataStretch',
    columns: columnDefs(view, all),
    columnHeaderSortMulti: true,
    headerSortClickElement: 'header',
    placeholder: 'No rows',
    selectableRows: selectable(all.selectionMode),
    selectableRowsRangeMode: all.selectionMode === 'multiple' ? 'click' : 'drag',
    rowHeader: all.selectionMode === 'checkbox' ? {
      formatter: 'rowSelection', titleFormatter: 'rowSelection', headerSort: false, hozAlign: 'center',
      width: 44, frozen: true, resizable: false,
    } : undefined,
  };
  if (all.height) options.height = gridHeight(all.height);
  else options.maxHeight = '460px';
  if (local(view)) options.data = [];
  if (all.pageSize) {
    options.pagination = true;
    options.paginationSize = all.pageSize;
    options.paginationButtonCount = 3;
  }
  if (!local(view)) {
    Object.assign(options, {
      pagination: true, paginationMode: 'remote', sortMode: 'remote', filterMode: 'remote',
      paginationSize: all.pageSize ?? 100, ajaxURL: 'p4j:table', progressiveLoad: false,
      ajaxRequestFunc: (url, config, params) => request(view, params),
    });
  }
  if (!options.rowHeader) delete options.rowHeader;
  view.grid.replaceChildren();
  const mount = el('div');
  view.grid.append(mount);
  view.table?.destroy();
  view.ready = false;
  const table = new Tabulator(mount, options);
  view.table = table;
  table.on('tableBuilt', () => {
    view.ready = true;
    if (local(view)) loadAll(view);
    applySelection(view);
    applyRefusals(view, view.all.refusals);
  });
  table.on('rowSelectionChanged', () => selectionChanged(view));
  table.on('cellEdited', (cell) => edited(view, cell));
  table.on('dataSorted', () => viewChanged(view));
  table.on('dataFiltered', () => viewChanged(view));
  table.on('dataProcessed', () => showCount(view));
}

/** The grid's height within the component's: the bar above takes about 44 pixels. */
function gridHeight(height) {
  return `${Math.max(160, height - 44)}px`;
}

function selectable(mode) {
  if (mode === 'single') return 1;
  if (mode === 'multiple' || mode === 'checkbox') return true;
  return false;
}

function columnDefs(view, all) {
  return (all.columns ?? []).map((spec) => {
    const def = {
      title: spec.title,
      field: spec.name,
      titleFormatter: () => document.createTextNode(spec.title),
      hozAlign: spec.align,
      headerHozAlign: spec.align,
      frozen: !!spec.frozen,
      visible: !spec.hidden,
      headerSort: !!spec.sortable && spec.format?.type !== 'button',
      sorter: spec.kind === 'text' || spec.kind === 'date' ? 'string' : spec.kind === 'boolean' ? 'boolean' : 'number',
      formatter: formatter(spec),
      minWidth: spec.headerFilter === 'range' || spec.headerFilter === 'dateRange' ? 120 : 60,
    };
    if (spec.width) def.width = spec.width;
    if (spec.format?.type === 'button') {
      def.cellClick = (e, cell) => {
        if (!e.target.closest('button')) return;
        view.ctx.event('cellClick', { row: cell.getRow().getData()._k, column: spec.name });
      };
    }
    if (spec.editable) Object.assign(def, editor(spec));
    Object.assign(def, headerFilter(view, spec));
    return def;
  });
}

// ---- formatting (DOM nodes only) ---------------------------------------------------------------

const text = (s) => document.createTextNode(s ?? '');
const zoned = new Map();
const unknownZones = new Set();

/** yyyy-mm-dd hh:mm:ss in the zone (sv-SE writes ISO-like dates); UTC for a zone this browser does not know. */
function dateTimeFormat(zone) {
  if (!zoned.has(zone)) {
    const options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      second: '2-digit', hourCycle: 'h23' };
    let format;
    try {
      format = new Intl.DateTimeFormat('sv-SE', { ...options, timeZone: zone });
    } catch (e) {    // a zone this browser does not know: UTC, said once
      console.warn(`Table: unknown time zone ${zone}, showing UTC`);
      unknownZones.add(zone);
      format = new Intl.DateTimeFormat('sv-SE', { ...options, timeZone: 'UTC' });
    }
    zoned.set(zone, format);
  }
  return zoned.get(zone);
}

/** A moment (epoch ms) as a datetime-local input's value, yyyy-mm-ddThh:mm:ss, in the zone it is shown in. */
function wallTime(zone, millis) {
  return dateTimeFormat(zone).format(new Date(millis)).replace(' ', 'T');
}

function formatter(spec) {
  const f = spec.format ?? { type: 'plain' };
  return (cell) => {
    const v = cell.getValue();
    switch (f.type) {
      case 'number': {
        if (v === null || v === undefined) return text('');
        const nf = new Intl.NumberFormat(undefined, { minimumFractionDigits: f.decimals, maximumFractionDigits: f.decimals });
        return text(nf.format(v));
      }
      case 'dateTime':
        if (v === null || v === undefined || v === '') return text('');
        if (spec.kind === 'datetime' && typeof v === 'string') return text(v.replace('T', ' '));   // an edit on its way
        return text(spec.kind === 'datetime' ? dateTimeFormat(f.zone).format(new Date(v)) : String(v));
      case 'tick': {
        if (v === null || v === undefined) return text('');
        const mark = el('span', v ? 'p4j-table-tick' : 'p4j-table-cross');
        mark.textContent = v ? '✓' : '✗';
        mark.setAttribute('aria-label', v ? 'yes' : 'no');
        return mark;
      }
      case 'progress': {
        const outer = el('div', 'p4j-table-progress');
        const inner = el('div', 'p4j-table-progress-bar');
        const share = Math.max(0, Math.min(1, (Number(v) || 0) / f.max));
        inner.style.width = `${(share * 100).toFixed(1)}%`;
        outer.title = v === null || v === undefined ? '' : String(v);
        outer.append(inner);
        return outer;
      }
      case 'link': {
        if (typeof v !== 'string' || !/^https?:\/\//i.test(v)) return text(v ?? '');
        const a = el('a');
        a.href = v;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.textContent = v;
        return a;
      }
      case 'colors': {
        if (v !== null && v !== undefined) {
          const step = f.thresholds.find((t) => v <= t.upTo) ?? f.thresholds[f.thresholds.length - 1];
          cell.getElement().style.backgroundColor = step.color;
          cell.getElement().classList.add('p4j-table-colored');
        }
        return text(v === null || v === undefined ? '' : new Intl.NumberFormat().format(v));
      }
      case 'button': {
        const b = el('button', 'p4j-button p4j-table-button');
        b.type = 'button';
        b.textContent = f.label;
        return b;
      }
      default:
        return text(v === null || v === undefined ? '' : String(v));
    }
  };
}

// ---- editing ------------------------------------------------------------------------------------

function editor(spec) {
  switch (spec.kind) {
    case 'text':
      return spec.choices?.length ? { editor: 'list', editorParams: { values: spec.choices } } : { editor: 'input' };
    case 'integer':
    case 'decimal': {
      const params = { step: spec.kind === 'integer' ? 1 : 'any' };
      if (spec.min !== null && spec.min !== undefined) params.min = spec.min;
      if (spec.max !== null && spec.max !== undefined) params.max = spec.max;
      return { editor: 'number', editorParams: params };
    }
    case 'boolean':
      return { editor: 'tickCross' };
    case 'date':
      return { editor: 'date' };
    case 'datetime':
      return { editor: dateTimeEditor(spec) };
    default:
      return {};
  }
}

/**
 * A datetime-local input (Tabulator's own datetime editor needs luxon) showing the cell's moment in
 * the zone the column shows moments in; the edit is that local date and time as text, which the server
 * reads in the same zone (docs/table.md).
 */
function dateTimeEditor(spec) {
  const zone = spec.format.zone;
  const full = (s) => (s.length === 16 ? `${s}:00` : s);
  return (cell, onRendered, success, cancel) => {
    const input = el('input', 'p4j-table-datetime');
    input.type = 'datetime-local';
    input.step = '1';
    input.style.width = '100%';
    input.style.boxSizing = 'border-box';
    input.setAttribute('aria-label', `${spec.title} (${zone})`);
    const v = cell.getValue();
    const start = typeof v === 'number' ? wallTime(zone, v) : typeof v === 'string' ? v : '';
    input.value = start;
    if (spec.min !== null && spec.min !== undefined) input.min = wallTime(zone, spec.min);
    if (spec.max !== null && spec.max !== undefined) input.max = wallTime(zone, spec.max);
    let done = false;
    const finish = (keep) => {
      if (done) return;
      done = true;
      if (!keep || input.value === '' || full(input.value) === full(start)) cancel();
      else success(full(input.value));
    };
    input.addEventListener('blur', () => finish(true));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') finish(true);
      else if (e.key === 'Escape') finish(false);
    });
    onRendered(() => input.focus());
    return input;
  };
}

function edited(view, cell) {
  const spec = (view.all.columns ?? []).find((c) => c.name === cell.getField());
  if (!spec) return;
  let value = cell.getValue();
  if ((spec.kind === 'integer' || spec.kind === 'decimal') && typeof value === 'string') {
    value = value.trim() === '' ? null : Number(value);
  }
  if (spec.kind === 'datetime' && typeof value === 'string' && unknownZones.has(spec.format.zone)) {
    value = Date.parse(`${value}Z`);   // shown and edited in UTC here, so sent as the moment it names
  }
  view.ctx.event('edit', { row: cell.getRow().getData()._k, column: spec.name, value });
}

/** Refused edits: each cell goes back to the value the server holds. */
function applyRefusals(view, refusals) {
  if (!view.ready || !refusals) return;
  const fresh = view.lastRefusal === null ? [] : refusals.filter((r) => r.n > view.lastRefusal);
  if (refusals.length) view.lastRefusal = Math.max(view.lastRefusal ?? 0, ...refusals.map((r) => r.n));
  else if (view.lastRefusal === null) view.lastRefusal = 0;
  for (const r of fresh) {
    const row = view.table.getRow(r.row);
    if (row) row.update({ [r.column]: r.value });
  }
}

// ---- header filters -----------------------------------------------------------------------------

function headerFilter(view, spec) {
  switch (spec.headerFilter) {
    case 'text':
      return { headerFilter: 'input', headerFilterFunc: 'like', headerFilterPlaceholder: 'Contains…' };
    case 'range':
      return { headerFilter: rangeEditor('number', 'Min', 'Max'), headerFilterFunc: between, headerFilterLiveFilter: false };
    case 'dateRange':
      return { headerFilter: rangeEditor('date', 'From', 'To'), headerFilterFunc: (h, v) => between(h, v, spec.kind),
        headerFilterLiveFilter: false };
    case 'select': {
      const options = spec.filterOptions?.length ? spec.filterOptions : spec.kind === 'boolean' ? [true, false] : [];
      return {
        headerFilter: selectEditor(options),
        headerFilterFunc: (h, v) => !h || h.length === 0 || h.includes(v),
        headerFilterLiveFilter: false,
      };
    }
    default:
      return {};
  }
}

/** Two inputs; the filter value is {min, max} (numbers, or yyyy-mm-dd dates). */
function rangeEditor(type, minLabel, maxLabel) {
  return (cell, onRendered, success) => {
    const box = el('div', 'p4j-table-range');
    const make = (label) => {
      const input = el('input', 'p4j-table-range-input');
      input.type = type;
      input.placeholder = label;
      input.setAttribute('aria-label', `${cell.getColumn().getDefinition().title} ${label.toLowerCase()}`);
      return input;
    };
    const min = make(minLabel);
    const max = make(maxLabel);
    const send = () => {
      const read = (i) => (i.value === '' ? null : type === 'number' ? Number(i.value) : i.value);
      const value = { min: read(min), max: read(max) };
      success(value.min === null && value.max === null ? '' : value);
    };
    min.addEventListener('change', send);
    max.addEventListener('change', send);
    for (const input of [min, max]) input.addEventListener('keydown', (e) => { if (e.key === 'Enter') send(); });
    box.append(min, max);
    return box;
  };
}

/** A select of options; the filter value is the list chosen (one option, or all). */
function selectEditor(options) {
  return (cell, onRendered, success) => {
    const select = el('select', 'p4j-table-select');
    select.setAttribute('aria-label', `${cell.getColumn().getDefinition().title} filter`);
    const any = el('option');
    any.value = '';
    any.textContent = 'All';
    select.append(any);
    options.forEach((o, i) => {
      const option = el('option');
      option.value = String(i);
      option.textContent = o === true ? 'Yes' : o === false ? 'No' : String(o);
      select.append(option);
    });
    select.addEventListener('change', () => success(select.value === '' ? '' : [options[Number(select.value)]]));
    return select;
  };
}

function between(h, v, kind) {
  if (!h || (h.min === null && h.max === null)) return true;
  if (v === null || v === undefined || v === '') return false;
  let value = v;
  let min = h.min;
  let max = h.max;
  if (kind === 'datetime') {   // dates chosen are whole UTC days
    min = min === null ? null : Date.parse(`${min}T00:00:00Z`);
    max = max === null ? null : Date.parse(`${max}T23:59:59.999Z`);
  }
  if (kind === 'date') value = String(v);
  return (min === null || value >= min) && (max === null || value <= max);
}

// ---- the view's state: sort, filters, search ---------------------------------------------------

function sortNow(view) {
  return view.table.getSorters().map((s) => ({ column: s.field, descending: s.dir === 'desc' }));
}

function filtersNow(view, list) {
  const specs = new Map((view.all.columns ?? []).map((c) => [c.name, c]));
  const out = [];
  for (const f of list) {
    const spec = specs.get(f.field);
    if (!spec || f.value === '' || f.value === null || f.value === undefined) continue;
    if (spec.headerFilter === 'text') out.push({ column: f.field, type: 'contains', text: String(f.value) });
    else if (spec.headerFilter === 'select') out.push({ column: f.field, type: 'oneOf', values: f.value });
    else if (spec.headerFilter === 'range') out.push({ column: f.field, type: 'between', min: f.value.min, max: f.value.max });
    else if (spec.headerFilter === 'dateRange') {
      const dt = spec.kind === 'datetime';
      out.push({ column: f.field, type: 'between',
        min: f.value.min === null ? null : dt ? Date.parse(`${f.value.min}T00:00:00Z`) : f.value.min,
        max: f.value.max === null ? null : dt ? Date.parse(`${f.value.max}T23:59:59.999Z`) : f.value.max });
    }
  }
  return out;
}

function viewChanged(view) {
  if (!local(view) || !view.ready) return;
  clearTimeout(view.viewTimer);
  view.viewTimer = setTimeout(() => {
    view.ctx.event('view', { sort: sortNow(view), filters: filtersNow(view, view.table.getHeaderFilters()),
      search: view.search.value });
  }, 200);
}

function applySearch(view) {
  if (!view.table) return;
  if (!local(view)) {
    view.table.setData();
    return;
  }
  const needle = view.search.value.toLowerCase();
  const texts = (view.all.columns ?? []).filter((c) => c.kind === 'text' && !c.hidden).map((c) => c.name);
  if (!needle) view.table.clearFilter();
  else view.table.setFilter((row) => texts.some((n) => typeof row[n] === 'string' && row[n].toLowerCase().includes(needle)));
  viewChanged(view);
}

function showCount(view) {
  if (!view.table || !view.ready) return;
  if (local(view)) {
    const shown = view.table.getDataCount('active');
    const all = view.table.getDataCount();
    view.count.textContent = shown === all ? `${all} rows` : `${shown} of ${all} rows`;
  }
}

// ---- remote pages -------------------------------------------------------------------------------

function request(view, params) {
  view.requests += 1;
  const number = view.requestBase + view.requests;
  const size = params.size ?? view.all.pageSize ?? 100;
  const payload = {
    request: number,
    offset: ((params.page ?? 1) - 1) * size,
    limit: size,
    sort: (params.sort ?? []).map((s) => ({ column: s.field, descending: s.dir === 'desc' })),
    filters: filtersNow(view, params.filter ?? []),
    search: view.search.value,
  };
  return new Promise((resolve) => {
    // Tabulator ignores the answer of a request it has superseded: settle those quietly
    for (const [n, p] of view.pending) { p.resolve({ last_page: 1, last_row: 0, data: [] }); view.pending.delete(n); }
    view.pending.set(number, { resolve, size });
    view.ctx.event('query', payload);
  });
}

function answer(view, page) {
  if (!page) return;
  const waiting = view.pending.get(page.request);
  if (!waiting) return;
  view.pending.delete(page.request);
  if (page.error) {   // shown above the table; an empty page (a rejection would be a console error)
    view.count.textContent = page.error;
    waiting.resolve({ last_page: 1, last_row: 0, data: [] });
    return;
  }
  const names = (view.all.columns ?? []).map((c) => c.name);
  const data = page.rows.map((values, i) => {
    const row = { _k: page.keys[i] };
    names.forEach((n, c) => { row[n] = values[c]; });
    return row;
  });
  const lastPage = Math.max(1, Math.ceil(page.matching / waiting.size));
  const first = page.matching === 0 ? 0 : page.offset + 1;
  view.count.textContent = `${first.toLocaleString()}–${(page.offset + data.length).toLocaleString()} of ${page.matching.toLocaleString()} rows`;
  waiting.resolve({ last_page: lastPage, last_row: page.matching, data });
  setTimeout(() => applySelection(view), 0);
}

// ---- local rows from the source -----------------------------------------------------------------

function decode(kind, v) {
  if (typeof v === 'number' && Number.isNaN(v)) return null;
  if (v === undefined) return null;
  switch (kind) {
    case 'boolean': return v !== 0;
    case 'date': return v === '' ? null : v;
    default: return v;
  }
}

function rowAt(view, ordinal) {
  const row = { _k: ordinal };
  for (const spec of view.all.columns ?? []) row[spec.name] = decode(spec.kind, view.source.at(spec.name, ordinal));
  return row;
}

function loadAll(view) {
  if (!view.source || !view.ready) return;
  const s = view.source;
  const rows = [];
  for (let o = s.offset; o < s.offset + s.length; o++) rows.push(rowAt(view, o));
  view.held = { offset: s.offset, end: s.offset + s.length };
  view.table.replaceData(rows).then(() => {
    applySelection(view);
    showCount(view);
    if (rows.length) followNewest(view, rows[rows.length - 1]._k);
  });
}

/** Rows rolled off in one frame past which the table is reloaded whole: Tabulator deletes rows one by one. */
const ROLL_RELOAD = 16;

function sourceChanged(view, detail) {
  if (!view.ready || !view.source) return;
  if (!detail || detail.kind === 'replace') {
    view.streamStart = null;
    loadAll(view);
    return;
  }
  if (detail.kind === 'patch') {
    const updates = detail.ordinals.filter((o) => o >= view.held.offset && o < view.held.end).map((o) => rowAt(view, o));
    if (updates.length) view.table.updateData(updates);
    return;
  }
  // streams are applied once a frame, however many came: a fast stream costs one table update per frame
  view.streamStart = Math.min(view.streamStart ?? Infinity, detail.start);
  if (view.streamFrame) return;
  view.streamFrame = requestAnimationFrame(() => {
    view.streamFrame = 0;
    const start = view.streamStart;
    view.streamStart = null;
    if (start !== null && view.source) applyStream(view, start);
  });
}

/** Brings the table from the rows it holds to the source's: rows past the end added, rows held again
 *  from {@code start} updated, rows rolled off deleted (or, when many, the table reloaded in one go). */
function applyStream(view, start) {
  const s = view.source;
  const end = s.offset + s.length;
  const gone = [];
  for (let o = view.held.offset; o < Math.min(s.offset, view.held.end); o++) gone.push(o);   // rolled off
  if (gone.length > ROLL_RELOAD) {
    loadAll(view);
    return;
  }
  const updates = [];
  for (let o = Math.max(s.offset, start); o < Math.min(view.held.end, end); o++) updates.push(rowAt(view, o));
  const added = [];
  for (let o = Math.max(view.held.end, s.offset); o < end; o++) added.push(rowAt(view, o));
  view.held = { offset: s.offset, end };
  const table = view.table;
  if (gone.length) table.deleteRow(gone.filter((o) => table.getRow(o)));
  if (updates.length) table.updateData(updates);
  if (added.length) {
    table.addData(added, false).then(() => {
      showCount(view);
      followNewest(view, added[added.length - 1]._k);
    });
  } else {
    showCount(view);
  }
}

function followNewest(view, key) {
  if (view.all.followNewest) view.table.scrollToRow(key, 'bottom', false).catch(() => {});
}

function follow(view, all) {
  view.unsubscribe?.();
  view.unsubscribe = null;
  const els = view.ctx.reconcile(view.sourcesEl, all.sources ?? []);
  view.source = els.length ? els[0].p4jSource : null;
  if (view.source) view.unsubscribe = view.source.subscribe((detail) => sourceChanged(view, detail));
  loadAll(view);
}

// ---- selection ----------------------------------------------------------------------------------

function selectionChanged(view) {
  if (view.applyingSelection || !view.ready) return;
  const onPage = view.table.getSelectedData().map((d) => d._k);
  let keys = onPage;
  if (!local(view)) {   // keep the keys selected on other pages
    const shown = new Set(view.table.getData().map((d) => d._k));
    keys = (view.all.selection ?? []).filter((k) => !shown.has(k)).concat(onPage);
  }
  const same = keys.length === (view.all.selection ?? []).length && keys.every((k, i) => k === view.all.selection[i]);
  if (same) return;
  view.all.selection = keys;
  view.ctx.send('selection', keys);
}

function applySelection(view) {
  if (!view.ready || !view.table) return;
  const wanted = new Set(view.all.selection ?? []);
  view.applyingSelection = true;
  try {
    const selected = view.table.getSelectedRows();
    const off = selected.filter((r) => !wanted.has(r.getData()._k));
    if (off.length) view.table.deselectRow(off);
    const on = [...wanted].map((k) => view.table.getRow(k)).filter((r) => r && !r.isSelected());
    if (on.length) view.table.selectRow(on);
  } finally {
    view.applyingSelection = false;
  }
}

// ---- props --------------------------------------------------------------------------------------

/** Columns, mode, page size or selection mode changed: Tabulator is built anew (then the rows load again). */
function rebuild(view, value, all) {
  view.all = all;
  if (view.shape !== shape(all)) build(view, all);
}

export const props = {
  columns: rebuild,
  mode: rebuild,
  pageSize: rebuild,
  selectionMode: rebuild,
  height: (view, value, all) => {
    view.all = all;
    if (value && view.ready) view.table.setHeight(gridHeight(value));
  },
  sources: (view, sources, all) => {
    view.all = all;
    follow(view, all);
  },
  keyColumn: (view, value, all) => { view.all = all; },
  page: (view, page, all) => {
    view.all = all;
    answer(view, page);
  },
  selection: (view, selection, all) => {
    view.all = all;
    applySelection(view);
  },
  followNewest: (view, value, all) => { view.all = all; },
  showSearch: (view, show) => { view.search.hidden = !show; },
  refusals: (view, refusals, all) => {
    view.all = all;
    applyRefusals(view, refusals);
  },
  download: (view, node) => {
    view.ctx.reconcile(view.tools, node ? [node] : []);
  },
  lastEdit: (view, value, all) => { view.all = all; },
  lastClick: (view, value, all) => { view.all = all; },
};
