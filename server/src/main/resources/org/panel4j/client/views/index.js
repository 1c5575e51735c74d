// The loader: the view module of a view type, imported by the type's name on first use and kept
// (docs/decisions/0015-views-by-type-name.md). A page loads only the modules its components need, so
// a page without a plot never downloads uPlot. A view module exports create(props, ctx) returning
// the view, { el, ... }, and `props`, its table: prop -> (view, value, all) => applies the value
// (docs/components.md). A view may add stream(op) and patchRows(op) for data sources (the ops as in
// docs/protocol.md), destroy(), and `uncompared`, a Set of props handed on without comparing them to
// the held value (large data with a version).
import * as Unknown from './Unknown.js';

/** What a view type's name looks like; nothing else is ever imported (helpers are lower case). */
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

const modules = new Map([['Unknown', Unknown]]);   // type -> its module, once loaded (or Unknown)
const loading = new Map();                          // type -> the promise of its module

/** The module of {@code type} if loaded (the Unknown view's for a type that failed), else undefined. */
export function loaded(type) {
  return modules.get(type);
}

/**
 * The module of {@code type}, imported once; never rejects: a type that is no view type name, or
 * whose module fails to load or exports no create(), gets the Unknown view and one console error.
 */
export function load(type) {
  if (modules.has(type)) return Promise.resolve(modules.get(type));
  let promise = loading.get(type);
  if (!promise) {
    const name = String(type).slice(0, 100);
    promise = (TYPE_NAME.test(name) && name === type ? import(`./${type}.js`) : Promise.reject(new Error('not a view type name')))
      .then((module) => {
        if (typeof module.create !== 'function') throw new Error('its module exports no create()');
        return module;
      })
      .catch((e) => {
        console.error(`No view for type "${name}": ${e.message}`);
        return Unknown;
      })
      .then((module) => {
        modules.set(type, module);
        loading.delete(type);
        return module;
      });
    loading.set(type, promise);
  }
  return promise;
}
