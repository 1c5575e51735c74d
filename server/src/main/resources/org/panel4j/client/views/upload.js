// The upload path shared by FileInput and FileDropper (docs/protocol.md, "Files"): the page announces the
// files ('upload' event), the server answers a one-time token in the 'ticket' prop, then the page POSTs
// each file in order, chunk by chunk, showing the progress; the server's 'value' lists what arrived.
import { el } from './dom.js';

/** The parts every upload view shows below its chooser: progress bar, status line and the server's files. */
export function uploadParts() {
  const progress = el('progress', 'p4j-file-progress');
  progress.max = 1;
  progress.value = 0;
  progress.hidden = true;
  progress.setAttribute('aria-label', 'Upload progress');
  const status = el('div', 'p4j-file-status');
  status.setAttribute('role', 'status');
  const list = el('ul', 'p4j-file-list');
  return { progress, status, list };
}

/** Formats a byte count: 532 B, 12.3 KB, 4.5 MB. */
export function bytes(n) {
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} KB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(1)} GB`;
}

function accepts(accept, file) {
  const types = (accept ?? '').split(',').map((t) => t.trim().toLowerCase()).filter((t) => t);
  if (types.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = (file.type || 'application/octet-stream').toLowerCase();
  return types.some((t) => (t.startsWith('.') ? name.endsWith(t) && name.length > t.length
    : t.endsWith('/*') ? type.startsWith(t.slice(0, -1)) : type === t));
}

/** Why the server would refuse {@code files} under the limits in {@code all}, or null. */
function problem(files, all) {
  const most = all.multiple ? all.maxFiles : 1;
  if (files.length === 0) return null;
  if (files.length > most) return `Choose at most ${most} ${most === 1 ? 'file' : 'files'}.`;
  let total = 0;
  for (const f of files) {
    if (f.size > all.maxFileSize) return `${f.name} is ${bytes(f.size)}; the limit is ${bytes(all.maxFileSize)}.`;
    if (!accepts(all.accept, f)) return `${f.name} is not one of the types taken (${all.accept}).`;
    total += f.size;
  }
  return total > all.maxTotalSize ? `These files are ${bytes(total)} together; the limit is ${bytes(all.maxTotalSize)}.` : null;
}

function say(parts, text, failed) {
  parts.status.textContent = text;
  parts.status.classList.toggle('p4j-file-error', !!failed);
}

/** The upload machinery of one view: start(files) announces them, ticket(t) sends them once the server answers. */
export function uploader(ctx, parts) {
  let request = 0;
  let waiting = null;
  return {
    start(files, all) {
      const list = [...files];
      const why = problem(list, all);
      if (list.length === 0) return;
      if (why) {
        say(parts, why, true);
        return;
      }
      request += 1;
      waiting = { request, files: list };
      parts.progress.hidden = false;
      parts.progress.value = 0;
      say(parts, `Uploading ${list.length === 1 ? list[0].name : `${list.length} files`}…`);
      ctx.event('upload', { request, files: list.map((f) => ({ name: f.name, size: f.size, type: f.type })) });
    },
    ticket(ticket) {
      if (!ticket || !waiting || ticket.request !== waiting.request) return;
      const job = waiting;
      waiting = null;
      send(ctx, parts, job.files, ticket.token, ticket.chunkSize).catch((e) => {
        parts.progress.hidden = true;
        say(parts, `The upload failed: ${e.message}`, true);
      });
    },
  };
}

async function send(ctx, parts, files, token, chunkSize) {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  let done = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    let offset = 0;
    do {
      const end = Math.min(offset + chunkSize, file.size);
      const response = await ctx.transfer(token, {
        method: 'POST',
        query: `?file=${i}&offset=${offset}`,
        headers: { 'Content-Type': 'application/octet-stream' },
        body: file.slice(offset, end),
      });
      if (!response.ok) {
        parts.progress.hidden = true;
        say(parts, (await response.text()).slice(0, 300) || `The server refused the upload (${response.status}).`, true);
        return;
      }
      done += end - offset;
      offset = end;
      parts.progress.value = total === 0 ? 1 : done / total;
      say(parts, `Uploading… ${Math.floor(100 * (total === 0 ? 1 : done / total))}%`);
    } while (offset < file.size);
  }
  parts.progress.hidden = true;
  say(parts, `Uploaded ${files.length === 1 ? files[0].name : `${files.length} files`} (${bytes(total)}).`);
}

/** Shows the server's value: the files of the last complete upload. */
export function showFiles(parts, files) {
  parts.list.replaceChildren(...(files ?? []).map((f) => {
    const item = el('li', 'p4j-file-item');
    const name = el('span', 'p4j-file-name');
    name.textContent = f.name;
    const size = el('span', 'p4j-file-size');
    size.textContent = bytes(f.size);
    item.append(name, size);
    return item;
  }));
}

/** The props both upload views apply the same way. */
export const uploadProps = {
  value: (view, files) => showFiles(view.parts, files),
  ticket: (view, ticket) => view.upload.ticket(ticket),
  maxFiles: (view, n, all) => { view.all = all; },
  maxFileSize: (view, n, all) => { view.all = all; },
  maxTotalSize: (view, n, all) => { view.all = all; },
};
