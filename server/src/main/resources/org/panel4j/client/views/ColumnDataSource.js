// ColumnDataSource: holds a data source's columns, renders nothing. Applies `data` snapshots and the
// `stream` and `patch` ops by the rules of docs/protocol.md (ordinals, rollover, version), exactly as
// org.panel4j.testing.ClientData does in Java. Numeric columns live in Float64Arrays (NaN where the
// wire had null), string columns in plain arrays; all columns share one window [head, head + length)
// of their buffers, so rolling over moves an index, not the data.
//
// For tests and tools: window.panel4j.views.get(id).data() returns
// {offset, version, length, columns: {name: [values]}} (copies; NaN as null); .rows() returns just
// {offset, length, version}, cheaply.
import { el } from './dom.js';

export function create() {
  const source = new Source();
  const div = el('div', 'p4j-source');
  div.hidden = true;
  div.p4jSource = source;
  return {
    el: div,
    source,
    uncompared: new Set(['data']),   // snapshots carry their own version: always hand them on
    stream: (op) => source.stream(op),
    patchRows: (op) => source.patch(op),
    data: () => source.data(),
    rows: () => ({ offset: source.offset, length: source.length, version: source.version }),
  };
}

export const props = {
  data: (view, data, all) => {
    if (!data) return;
    view.source.replace(data);
    all.data = null;                 // the source holds the values now; drop the snapshot
  },
};

class Source {
  constructor() {
    this.columns = new Map();   // name -> { type, buf }
    this.types = {};
    this.head = 0;
    this.length = 0;
    this.capacity = 0;
    this.offset = 0;
    this.version = -Infinity;
    this.listeners = new Set();
  }

  /** Calls fn(detail) after every change (see changed); returns a function that stops it. */
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The values of a column as they are now, [head, head + length) of its buffer (a view: read only). */
  view(name) {
    const column = this.columns.get(name);
    if (!column) return null;
    return column.buf.subarray ? column.buf.subarray(this.head, this.head + this.length)
      : column.buf.slice(this.head, this.head + this.length);
  }

  replace(data) {
    if (data.version < this.version) return;
    const columns = data.columns ?? {};
    const names = Object.keys(columns);
    const length = names.length ? columns[names[0]].length : 0;
    this.types = { ...(data.types ?? {}) };
    this.columns.clear();
    this.head = 0;
    this.length = 0;
    this.capacity = 0;
    for (const name of names) this.addColumn(name, columns[name]);
    this.ensure(length);
    for (const name of names) this.write(name, columns[name], 0, 0, length);
    this.length = length;
    this.offset = data.offset;
    this.version = data.version;
    this.changed({ kind: 'replace' });
  }

  stream(op) {
    if (op.version < this.version) return;
    let end = this.offset + this.length;
    if (op.start > end) {                      // everything held is older than the new rows
      this.head = 0;
      this.length = 0;
      this.offset = op.start;
      end = op.start;
    }
    const names = Object.keys(op.columns);
    const n = names.length ? op.columns[names[0]].length : 0;
    for (const name of names) {
      if (!this.columns.has(name)) this.addColumn(name, op.columns[name]);
    }
    const from = Math.min(n, Math.max(0, this.offset - op.start));          // rows of the op already rolled off here
    const overwrite = Math.max(0, Math.min(n, end - op.start) - from);
    const append = n - from - overwrite;
    this.ensure(this.length + append);
    for (const name of names) {
      const values = op.columns[name];
      this.write(name, values, from, this.head + (op.start + from - this.offset), overwrite);
      this.write(name, values, from + overwrite, this.head + this.length, append);
    }
    this.length += append;
    const drop = this.length - op.rollover;
    if (drop > 0) {
      this.head += drop;
      this.length -= drop;
      this.offset += drop;
    }
    this.version = op.version;
    this.changed({ kind: 'stream', start: op.start, count: n });
  }

  patch(op) {
    if (op.version < this.version) return;
    const column = this.columns.get(op.column);
    const ordinals = [];
    if (column) {
      for (let i = 0; i < op.indices.length; i++) {
        const position = op.offset + op.indices[i] - this.offset;
        if (position >= 0 && position < this.length) {
          column.buf[this.head + position] = column.type === 'string' ? op.values[i] : num(op.values[i]);
          ordinals.push(op.offset + op.indices[i]);
        }
      }
    }
    this.version = op.version;
    this.changed({ kind: 'patch', column: op.column, ordinals });
  }

  data() {
    const columns = {};
    for (const name of this.columns.keys()) {
      columns[name] = Array.from(this.view(name), (v) => (typeof v === 'number' && Number.isNaN(v) ? null : v));
    }
    return { offset: this.offset, version: this.version, length: this.length, columns };
  }

  addColumn(name, values) {
    const type = this.typeOf(name, values);
    const buf = type === 'string' ? new Array(this.capacity) : new Float64Array(this.capacity);
    this.columns.set(name, { type, buf });
  }

  typeOf(name, values) {
    if (this.types[name]) return this.types[name];
    const type = Array.isArray(values) && values.some((v) => typeof v === 'string') ? 'string' : 'double';
    this.types[name] = type;
    return type;
  }

  /** Makes room for {@code rows} rows from head, compacting or growing the buffers. */
  ensure(rows) {
    if (this.head + rows <= this.capacity) return;
    const capacity = rows <= this.capacity / 2 ? this.capacity : Math.max(16, rows * 2);
    for (const column of this.columns.values()) {
      const old = this.capacity > 0 ? column.buf : null;
      if (old && capacity === this.capacity) {
        old.copyWithin(0, this.head, this.head + this.length);
        continue;
      }
      const buf = column.type === 'string' ? new Array(capacity) : new Float64Array(capacity);
      if (old && buf instanceof Float64Array) buf.set(old.subarray(this.head, this.head + this.length));
      else if (old) for (let i = 0; i < this.length; i++) buf[i] = old[this.head + i];
      column.buf = buf;
    }
    this.head = 0;
    this.capacity = capacity;
  }

  write(name, values, from, at, count) {
    if (count <= 0) return;
    const buf = this.columns.get(name).buf;
    if (values instanceof Float64Array) {
      buf.set(values.subarray(from, from + count), at);
    } else if (buf instanceof Float64Array) {
      for (let i = 0; i < count; i++) buf[at + i] = num(values[from + i]);
    } else {
      for (let i = 0; i < count; i++) buf[at + i] = values[from + i];
    }
  }

  /** Tells the listeners; {@code detail} says what changed: replace, stream (start, count) or patch (column, ordinals). */
  changed(detail) {
    this.listeners.forEach((fn) => fn(detail));
  }

  /** The value of column {@code name} in the row whose ordinal is {@code ordinal}, or undefined if not held. */
  at(name, ordinal) {
    const column = this.columns.get(name);
    const position = ordinal - this.offset;
    if (!column || position < 0 || position >= this.length) return undefined;
    return column.buf[this.head + position];
  }
}

function num(v) {
  return v === null || v === undefined ? NaN : Number(v);
}
