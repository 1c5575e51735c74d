// FileDropper: a drop zone for files; a drop, or a click (or Enter / Space) and a choice, uploads them in
// chunks with progress (upload.js).
import { el, setLabel } from './dom.js';
import { icon } from './icons.js';
import { uploadParts, uploader, uploadProps } from './upload.js';

export function create(props, ctx) {
  const wrapper = el('div', 'p4j-widget p4j-file-dropper');
  const label = el('div', 'p4j-label');
  const zone = el('div', 'p4j-drop-zone');
  zone.tabIndex = 0;
  zone.setAttribute('role', 'button');
  const hint = el('span', 'p4j-drop-hint');
  hint.textContent = 'Drop files here or click to choose';
  zone.append(icon('upload'), hint);
  const input = el('input', 'p4j-file-input');
  input.type = 'file';
  input.hidden = true;
  const parts = uploadParts();
  wrapper.append(label, zone, input, parts.progress, parts.status, parts.list);
  const view = { el: wrapper, zone, input, label, parts, all: props, upload: uploader(ctx, parts) };

  const enabled = () => !view.all.disabled;
  zone.addEventListener('click', () => { if (enabled()) input.click(); });
  zone.addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && enabled()) {
      e.preventDefault();
      input.click();
    }
  });
  input.addEventListener('change', () => {
    view.upload.start(input.files, view.all);
    input.value = '';
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (enabled()) zone.classList.add('p4j-drop-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('p4j-drop-over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('p4j-drop-over');
    if (enabled()) view.upload.start(e.dataTransfer?.files ?? [], view.all);
  });
  return view;
}

export const props = {
  ...uploadProps,
  name: (view, name) => {
    setLabel(view.label, name);
    view.zone.setAttribute('aria-label', name ? `${name}: drop files or choose` : 'Drop files or choose');
  },
  disabled: (view, disabled, all) => {
    view.all = all;
    view.input.disabled = !!disabled;
    view.zone.setAttribute('aria-disabled', String(!!disabled));
  },
  accept: (view, accept, all) => { view.all = all; view.input.accept = accept ?? ''; },
  multiple: (view, multiple, all) => { view.all = all; view.input.multiple = !!multiple; },
};
