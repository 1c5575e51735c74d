// FileDownload: a button; a click asks the server to prepare the file ('Preparing…' meanwhile), then the
// page fetches the one-time link it answers and saves the file under its name.
import { el } from './dom.js';
import { icon } from './icons.js';

export function create(props, ctx) {
  const root = el('div', 'p4j-file-download');
  const button = el('button', 'p4j-button p4j-download-button');
  button.type = 'button';
  const label = el('span');
  button.append(icon('download'), label);
  const status = el('div', 'p4j-file-status');
  status.setAttribute('role', 'status');
  root.append(button, status);
  const view = { el: root, button, label, status, request: 0, waiting: 0, all: props };
  button.addEventListener('click', () => {
    view.request += 1;
    view.waiting = view.request;
    status.textContent = 'Preparing…';
    status.classList.remove('p4j-file-error');
    ctx.event('click', { request: view.request });
  });
  view.save = async (ticket) => {
    const response = await ctx.transfer(ticket.token);
    if (!response.ok) throw new Error((await response.text()).slice(0, 300));
    const url = URL.createObjectURL(await response.blob());
    const link = el('a');
    link.href = url;
    link.download = ticket.filename;
    link.hidden = true;
    root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    status.textContent = `Downloaded ${ticket.filename}.`;
  };
  return view;
}

function showLabel(view, all) {
  view.all = all;
  view.label.textContent = all.name || `Download ${all.filename ?? ''}`.trim();
}

export const props = {
  name: (view, name, all) => showLabel(view, all),
  filename: (view, filename, all) => showLabel(view, all),
  disabled: (view, disabled) => { view.button.disabled = !!disabled; },
  buttonType: (view, type) => { view.button.dataset.buttonType = type ?? 'default'; },
  preparing: (view, preparing) => {
    view.button.setAttribute('aria-busy', String(!!preparing));
    if (preparing) view.status.textContent = 'Preparing…';
  },
  downloads: (view, n) => { view.el.dataset.downloads = String(n ?? 0); },
  ticket: (view, ticket) => {
    if (!ticket || ticket.request !== view.waiting) return;
    view.waiting = 0;
    if (ticket.error) {
      view.status.textContent = ticket.error;
      view.status.classList.add('p4j-file-error');
      return;
    }
    view.save(ticket).catch((e) => {
      view.status.textContent = `The download failed: ${e.message}`;
      view.status.classList.add('p4j-file-error');
    });
  },
};
