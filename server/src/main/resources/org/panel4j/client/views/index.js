// The registry: view type -> renderer module. One module per Java view type (a test checks it).
// A renderer module exports create(props, ctx) returning { el, update(changed, all) } and may add
// stream(op) and patchRows(op) for data sources (the ops as in docs/protocol.md) and `uncompared`,
// a Set of props handed on without comparing them to the held value (large data with a version).
// Other modules (plots) add their types with register(type, module).
import * as Bound from './Bound.js';
import * as Button from './Button.js';
import * as Card from './Card.js';
import * as Checkbox from './Checkbox.js';
import * as Column from './Column.js';
import * as ColumnDataSource from './ColumnDataSource.js';
import * as Figure from './Figure.js';
import * as FloatSlider from './FloatSlider.js';
import * as HTML from './HTML.js';
import * as IntSlider from './IntSlider.js';
import * as JPG from './JPG.js';
import * as LoadingSpinner from './LoadingSpinner.js';
import * as Markdown from './Markdown.js';
import * as PNG from './PNG.js';
import * as Progress from './Progress.js';
import * as Row from './Row.js';
import * as Select from './Select.js';
import * as StaticText from './StaticText.js';
import * as Str from './Str.js';
import * as Tabs from './Tabs.js';
import * as TextInput from './TextInput.js';
import * as Toggle from './Toggle.js';
import * as Unknown from './Unknown.js';

export const registry = new Map(Object.entries({
  Bound, Button, Card, Checkbox, Column, ColumnDataSource, Figure, FloatSlider, HTML, IntSlider, JPG, LoadingSpinner, Markdown,
  PNG, Progress, Row, Select, StaticText, Str, Tabs, TextInput, Toggle, Unknown,
}));

/** Adds or replaces the renderer of {@code type}. */
export function register(type, module) {
  registry.set(type, module);
}
