// FileInput: a native file chooser; the chosen files are uploaded in chunks with progress (upload.js).
import { el, labelled, setLabel } from './dom.js';
import { uploadParts, uploader, uploadProps } from './upload.js';

export function create(props, ctx) {
  const input = el('input', 'p4j-file-input');
  input.type = 'file';
  const [wrapper, label] = labelled(input, 'file');
  const parts = uploadParts();
  wrapper.append(parts.progress, parts.status, parts.list);
  const view = { el: wrapper, input, label, parts, all: props, upload: uploader(ctx, parts) };
  input.addEventListener('change', () => {
    view.upload.start(input.files, view.all);
    input.value = '';          // the same file can be chosen again
  });
  return view;
}

export const props = {
  ...uploadProps,
  name: (view, name) => setLabel(view.label, name),
  disabled: (view, disabled) => { view.input.disabled = !!disabled; },
  accept: (view, accept, all) => { view.all = all; view.input.accept = accept ?? ''; },
  multiple: (view, multiple, all) => { view.all = all; view.input.multiple = !!multiple; },
};
