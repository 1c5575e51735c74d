// PDF: one page of a document drawn by pdf.js (its WebJar, served at /static/pdfjs) into a canvas,
// with previous/next buttons that send 'page'. Scripts in the document never run (isEvalSupported off,
// no scripting layer); no frame or plugin, so the page's CSP stays as it is.
import * as pdfjs from '/static/pdfjs/build/pdf.min.mjs';
import { el } from './dom.js';

pdfjs.GlobalWorkerOptions.workerSrc = '/static/pdfjs/build/pdf.worker.min.mjs';

export function create(props, ctx) {
  const root = el('div', 'p4j-pdf');
  const bar = el('div', 'p4j-pdf-bar');
  const prev = el('button', 'p4j-button p4j-pdf-prev');
  prev.type = 'button';
  prev.textContent = '‹';
  prev.setAttribute('aria-label', 'Previous page');
  const next = el('button', 'p4j-button p4j-pdf-next');
  next.type = 'button';
  next.textContent = '›';
  next.setAttribute('aria-label', 'Next page');
  const status = el('span', 'p4j-pdf-status');
  status.setAttribute('aria-live', 'polite');
  bar.append(prev, status, next);
  const canvas = el('canvas', 'p4j-pdf-canvas');
  canvas.setAttribute('role', 'img');
  root.append(bar, canvas);
  const view = { el: root, canvas, status, prev, next, doc: null, page: 1, loading: 0, ctx };

  const turn = (delta) => {
    if (!view.doc) return;
    const page = Math.min(view.doc.numPages, Math.max(1, view.page + delta));
    if (page !== view.page) {
      view.page = page;
      draw(view);
      ctx.send('page', page);
    }
  };
  prev.addEventListener('click', () => turn(-1));
  next.addEventListener('click', () => turn(1));
  view.destroy = () => view.doc?.destroy();
  return view;
}

async function load(view, source) {
  const loading = ++view.loading;
  view.doc?.destroy();
  view.doc = null;
  if (!source) { draw(view); return; }
  const params = { isEvalSupported: false, enableScripting: false };
  if (source.startsWith('data:application/pdf;base64,')) {
    params.data = Uint8Array.from(atob(source.slice(source.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  } else {
    params.url = source;
  }
  try {
    const doc = await pdfjs.getDocument(params).promise;
    if (loading !== view.loading) { doc.destroy(); return; }
    view.doc = doc;
    await draw(view);
  } catch (e) {
    if (loading === view.loading) view.status.textContent = 'This PDF could not be shown.';
  }
}

async function draw(view) {
  const doc = view.doc;
  view.prev.disabled = !doc || view.page <= 1;
  view.next.disabled = !doc || view.page >= doc.numPages;
  if (!doc) {
    view.status.textContent = '';
    view.canvas.hidden = true;
    return;
  }
  const number = Math.min(view.page, doc.numPages);
  view.status.textContent = `Page ${number} of ${doc.numPages}`;
  view.canvas.setAttribute('aria-label', view.status.textContent);
  const page = await doc.getPage(number);
  const width = view.el.clientWidth || 600;
  const base = page.getViewport({ scale: 1 });
  const scale = Math.min(2, width / base.width);
  const viewport = page.getViewport({ scale: scale * (window.devicePixelRatio || 1) });
  view.canvas.width = Math.floor(viewport.width);
  view.canvas.height = Math.floor(viewport.height);
  view.canvas.style.width = `${Math.floor(viewport.width / (window.devicePixelRatio || 1))}px`;
  view.canvas.hidden = false;
  view.rendering?.cancel();
  view.rendering = page.render({ canvas: view.canvas, canvasContext: view.canvas.getContext('2d'), viewport });
  try {
    await view.rendering.promise;
    view.canvas.dataset.renderedPage = String(number);
  } catch (e) {
    // a newer draw cancelled this one
  }
}

export const props = {
  object: (view, object) => { load(view, object); },
  page: (view, page) => {
    view.page = Math.max(1, Number(page) || 1);
    if (view.doc) draw(view);
  },
};
