// AutocompleteInput: a text field suggesting the options that match what is typed (at the start or
// anywhere, with or without case) once minCharacters are typed. Picking a suggestion, or leaving the
// field, sends the text; with restrict, text that is no option (nor empty) is not sent and the field goes
// back to the server's value, which the server would keep anyway.
import { el, labelled, setLabel } from './dom.js';
import { suggestions } from './suggest.js';

export function create(props, ctx) {
  const input = el('input', 'p4j-input');
  input.type = 'text';
  input.autocomplete = 'off';
  const [wrapper, label] = labelled(input, 'autocomplete');
  const view = { el: wrapper, input, label, all: props };
  const commit = (text) => {
    const chosen = accepted(view.all, text);
    if (chosen === null) {
      input.value = view.all.value ?? '';
      return;
    }
    input.value = chosen;
    if (chosen !== view.all.value) ctx.send('value', chosen);
  };
  view.suggest = suggestions(input, (picked) => {
    commit(picked);
    view.suggest.hide();
  });
  wrapper.append(view.suggest.list);
  input.addEventListener('input', () => view.suggest.show(matches(view.all, input.value)));
  input.addEventListener('change', () => commit(input.value));
  return view;
}

/** The text to send for {@code text}, or null when restrict refuses it. */
function accepted(all, text) {
  if (!all.restrict || text === '') return text;
  const fold = (s) => (all.caseSensitive ? s : s.toLowerCase());
  return (all.options ?? []).find((o) => fold(o) === fold(text)) ?? null;
}

function matches(all, text) {
  if (text.length < (all.minCharacters ?? 0) || text === '') return [];
  const fold = (s) => (all.caseSensitive ? s : s.toLowerCase());
  const wanted = fold(text);
  const test = all.searchStrategy === 'includes' ? (o) => fold(o).includes(wanted) : (o) => fold(o).startsWith(wanted);
  return (all.options ?? []).filter(test);
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  placeholder: (view, placeholder) => { view.input.placeholder = placeholder ?? ''; },
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  options: (view, options, all) => { view.all = all; },
  restrict: (view, restrict, all) => { view.all = all; },
  caseSensitive: (view, caseSensitive, all) => { view.all = all; },
  minCharacters: (view, minCharacters, all) => { view.all = all; },
  searchStrategy: (view, searchStrategy, all) => { view.all = all; },
  value: (view, value, all) => {
    view.all = all;
    if (view.input.value !== (value ?? '')) view.input.value = value ?? '';
  },
};
