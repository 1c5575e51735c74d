// MultiChoice: the chosen option labels as tags with a remove button, then a search field whose
// suggestions are the other options containing the text typed (any case); picking one or removing a tag
// sends the chosen labels, in the order chosen. With maxItems reached the field takes no more.
import { el, labelled, setLabel } from './dom.js';
import { suggestions } from './suggest.js';

export function create(props, ctx) {
  const input = el('input', 'p4j-multi-choice-input');
  input.type = 'text';
  input.autocomplete = 'off';
  const [wrapper, label] = labelled(input, 'multi-choice');
  const box = el('div', 'p4j-multi-choice');
  const tags = el('span', 'p4j-tags');
  box.append(tags, input);
  wrapper.append(box);
  const view = { el: wrapper, label, box, tags, input, value: [], options: [], maxItems: null, placeholder: '' };
  const choose = (value) => {
    view.value = value;
    render(view);
    ctx.send('value', value);
  };
  view.suggest = suggestions(input, (picked) => {
    input.value = '';
    choose([...view.value, picked]);
    refresh(view);
  });
  wrapper.append(view.suggest.list);
  box.addEventListener('click', (e) => {
    const remove = e.target.closest('.p4j-tag-remove');
    if (remove && !input.disabled) choose(view.value.filter((v) => v !== remove.value));
    else if (!e.target.closest('.p4j-tag')) input.focus();
  });
  input.addEventListener('input', () => refresh(view));
  input.addEventListener('focus', () => refresh(view));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Backspace' && input.value === '' && view.value.length > 0) {
      choose(view.value.slice(0, -1));
    } else if (e.key === 'Enter' && view.suggest.active() === null) {
      // Enter without a highlighted suggestion picks the first one
      const first = matches(view)[0];
      if (first !== undefined) {
        e.preventDefault();
        input.value = '';
        choose([...view.value, first]);
        refresh(view);
      }
    }
  });
  return view;
}

function full(view) {
  return view.maxItems != null && view.value.length >= view.maxItems;
}

function matches(view) {
  if (full(view)) return [];
  const text = view.input.value.toLowerCase();
  const chosen = new Set(view.value);
  return view.options.filter((o) => !chosen.has(o) && o.toLowerCase().includes(text));
}

/** Shows the suggestions for what is typed, while the field has the focus. */
function refresh(view) {
  if (document.activeElement === view.input) view.suggest.show(matches(view));
}

function render(view) {
  view.tags.replaceChildren(...view.value.map((label) => {
    const tag = el('span', 'p4j-tag');
    const text = el('span', 'p4j-tag-text');
    text.textContent = label;
    const remove = el('button', 'p4j-tag-remove');
    remove.type = 'button';
    remove.value = label;
    remove.textContent = '×';
    remove.setAttribute('aria-label', `Remove ${label}`);
    remove.disabled = view.input.disabled;
    tag.append(text, remove);
    return tag;
  }));
  view.input.placeholder = view.value.length === 0 ? view.placeholder : '';
  view.input.readOnly = full(view);
  view.box.classList.toggle('p4j-full', full(view));
}

export const props = {
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => {
    view.input.disabled = !!disabled;
    view.box.classList.toggle('p4j-disabled', !!disabled);
    render(view);
  },
  placeholder: (view, placeholder) => { view.placeholder = placeholder ?? ''; render(view); },
  maxItems: (view, maxItems) => { view.maxItems = maxItems; render(view); refresh(view); },
  options: (view, options) => { view.options = options ?? []; refresh(view); },
  value: (view, value) => { view.value = value ?? []; render(view); refresh(view); },
};
