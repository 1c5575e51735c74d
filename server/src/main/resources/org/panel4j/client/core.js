// panel4j browser client: the socket, reconnect and resync, patches, the echo rule, toasts.
// Wire protocol v1, see docs/protocol.md. Plain ES module, no build step.
import { load, loaded } from './views/index.js';
import { Status } from './status.js';
import { dismiss, toast } from './toasts.js';
import { commonProps } from './common.js';
import { decodeFrame } from './frames.js';
import { PendingInput } from './pending.js';
import { LocationSync, initialQuery } from './location.js';

const boot = JSON.parse(document.getElementById('p4j-boot').textContent);
const rootEl = document.getElementById('p4j-root');
const status = new Status(document.body, () => location.reload());

/** What tests and curious people can read: connection state, and every node's current props. */
const api = { state: 'connecting', nodes: new Map(), views: new Map(), version: boot.v, frames: { text: 0, binary: 0 } };
window.panel4j = api;
const pending = new PendingInput(status, api.views, boot.grace ?? 30000);
// The URL query's synced parameters (location.js); Back/Forward set values as if the user had.
const urlState = new LocationSync((id, prop) => api.nodes.get(id)?.[prop], (id, prop, value) => {
  applyProps(id, { [prop]: value });
  submit({ type: 'set', id, prop, value });
});
api.location = urlState;

let socket = null;
let token = boot.token;  // the page token opens the first socket; each init hands out the next one
let seq = 0;             // the client's message counter, per connection
let expected = 1;        // the next patch seq we expect
let attempt = 0;         // consecutive failed connection attempts
let rootId = null;
let fallback = null;     // a fresh page's boot, opened if the reconnect under way fails
let oldPaths = null;     // id → tree path of the view before a fresh page (see treePaths)
const sent = new Map();  // "id\u0000prop" -> seq of the last value sent for that property
const backlog = [];      // [message, socket] waiting, in order, for the view modules they need
const reported = new Set();  // "type\u0000prop" of unknown props already logged

function setState(state) {
  api.state = state;
  status.show(state, attempt);
}

function connect() {
  // Once the page has said it is disconnected it keeps saying so while it quietly retries.
  if (api.state !== 'disconnected') setState(attempt === 0 && rootId === null ? 'connecting' : 'reconnecting');
  const url = new URL(boot.ws, location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('token', token);
  // The page's own query opens the session with it (a deep link); later sockets bring the session's.
  if (token === boot.token && initialQuery() !== null) url.searchParams.set('location', initialQuery());
  const ws = new WebSocket(url);
  ws.binaryType = 'arraybuffer';      // large numeric arrays come in binary frames
  socket = ws;
  seq = 0;
  ws.onmessage = (e) => {
    if (socket !== ws) return;
    api.frames[typeof e.data === 'string' ? 'text' : 'binary']++;
    receive(decodeFrame(e.data), ws);
  };
  ws.onclose = (e) => {
    if (socket !== ws) return;
    socket = null;
    pending.closed(e.code);
    // Close codes as docs/protocol.md lists them. 4000: dev mode reloaded the app; the page reloads
    // itself, keeping its URL (and the state synced there).
    if (e.code === 4000) {
      attempt = 99;
      setState('reloading');
      location.reload();
      return;
    }
    // 1000: another socket of this page took the
    // session over; reconnecting would only fight it (and the token is spent), so stop and say so.
    if (e.code === 1000) {
      attempt = 99;
      setState('replaced');
      return;
    }
    // 1008 wrong CSRF secret, 1011 the session ended: retrying cannot help, only a reload.
    if (e.code === 1008 || e.code === 1011) {
      attempt = 99;
      setState('disconnected');
      return;
    }
    // A socket that failed while a fresh page waited for it (the session's node is gone): open that page.
    if (fallback !== null) {
      const fresh = fallback;
      fallback = null;
      adopt(fresh);
      connect();
      return;
    }
    // 4001: the node drains and this page moved off it at a quiet moment; a fresh page elsewhere now.
    if (e.code === 4001) {
      recover(false);
      return;
    }
    attempt++;
    // The first retry is a blip's chance; when it fails too, the page says so and keeps retrying.
    // 1001: the server stopped, and its session with it; only a fresh page can help.
    setState(attempt > 1 ? 'disconnected' : 'reconnecting');
    setTimeout(() => recover(e.code !== 1001), backoff());
  };
}

function backoff() {
  return Math.min(5000, 250 * 2 ** Math.min(attempt, 5)) * (0.75 + Math.random() / 2);
}

/**
 * Once a server answers the page's URL again: reconnects to the session with the newest reconnect
 * token when {@code sameSession}, falling back to the fresh page just fetched if that fails (the
 * session's node is gone or restarted); else opens the fresh page at once. A fresh page starts a new
 * session from the URL's state; input made meanwhile is sent to it (docs/deploy.md).
 */
async function recover(sameSession) {
  let fresh;
  try {
    fresh = await fetchBoot();
  } catch (e) {
    attempt++;
    setState(attempt > 1 ? 'disconnected' : 'reconnecting');
    setTimeout(() => recover(sameSession), backoff());
    return;
  }
  if (sameSession && token !== boot.token) {
    fallback = fresh;
  } else {
    adopt(fresh);
  }
  connect();
}

/** The boot JSON of a fresh copy of this page, from whichever server answers its URL. */
async function fetchBoot() {
  const res = await fetch(location.href, { cache: 'no-store', credentials: 'same-origin' });
  if (!res.ok) throw new Error('the page answered ' + res.status);
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  return JSON.parse(doc.getElementById('p4j-boot').textContent);
}

/** Takes a fresh page's token, CSRF secret and socket URL; its init's components get the queued input. */
function adopt(fresh) {
  boot.token = fresh.token;
  boot.csrf = fresh.csrf;
  boot.ws = fresh.ws;
  token = fresh.token;
  if (rootId !== null) oldPaths = treePaths(rootId, (id) => [api.views.get(id)?.type, api.nodes.get(id)]);
}

/**
 * Each component's place in the tree, id → "prop[i]:Type/…": a fresh session of the same app, built
 * from the same URL, has the same tree with new ids, so input queued for an old id finds its new one.
 */
function treePaths(rootId, lookup, paths = new Map(), path = '') {
  const [type, props] = lookup(rootId);
  if (!props) return paths;
  paths.set(rootId, path + ':' + type);
  for (const [prop, value] of Object.entries(props)) {
    if (!holdsNodes(value)) continue;
    (Array.isArray(value) ? value : [value]).forEach((child, i) =>
      treePaths(child.id, lookup, paths, path + ':' + type + '/' + prop + '[' + i + ']'));
  }
  return paths;
}

function post(message) {
  if (!socket || socket.readyState !== WebSocket.OPEN) return false;
  message.seq = ++seq;
  message.csrf = boot.csrf;
  socket.send(JSON.stringify(message));
  return true;
}

/** Sends a set or event now if the page is in sync, else keeps it for the next init (pending.js). */
function submit(message) {
  if (api.state !== 'connected' || !post(message)) {
    pending.add(message);
  } else if (message.type === 'set') {
    sent.set(message.id + '\u0000' + message.prop, seq);
  }
}

/**
 * Handles a message now when every view module it needs is loaded and nothing waits before it; else
 * queues it behind the modules' imports, so messages are always handled in the order they came.
 */
function receive(msg, ws) {
  // The next token is taken at once: were the socket to close while modules load, the retry needs it.
  if (msg.type === 'init' && msg.reconnect) token = msg.reconnect;
  if (backlog.length === 0 && missingTypes(msg).length === 0) {
    handle(msg);
    return;
  }
  backlog.push([msg, ws]);
  if (backlog.length === 1) drain();
}

async function drain() {
  while (backlog.length > 0) {
    const [msg, ws] = backlog[0];
    await Promise.all(missingTypes(msg).map(load));
    backlog.shift();
    if (socket !== ws) continue;      // a closed socket's message is dropped: the next init brings all
    try {
      handle(msg);
    } catch (e) {
      reportError(e);                 // as an uncaught error in onmessage would be; the queue goes on
    }
  }
}

/** The view types of the nodes in {@code msg} whose modules are not loaded yet. */
function missingTypes(msg) {
  const types = new Set();
  if (msg.type === 'init') nodeTypes(msg.root, types);
  if (msg.type === 'patch') msg.ops.forEach((op) => { if (op.op === 'set') nodeTypes(op.value, types); });
  return [...types].filter((type) => !loaded(type));
}

function nodeTypes(value, types) {
  if (!holdsNodes(value)) return;
  for (const node of Array.isArray(value) ? value : [value]) {
    types.add(node.type);
    for (const prop of Object.values(node.props ?? {})) nodeTypes(prop, types);
  }
}

function handle(msg) {
  switch (msg.type) {
    case 'init':
      attempt = 0;
      expected = 1;
      fallback = null;
      if (oldPaths !== null) {
        // a fresh session: queued input goes to the component at the same place of the same app's tree
        const byPath = new Map();
        const nodes = new Map();
        const index = (node) => {
          nodes.set(node.id, node);
          for (const value of Object.values(node.props ?? {})) {
            if (holdsNodes(value)) (Array.isArray(value) ? value : [value]).forEach(index);
          }
        };
        index(msg.root);
        treePaths(msg.root.id, (id) => [nodes.get(id)?.type, nodes.get(id)?.props]).forEach((path, id) => byPath.set(path, id));
        const old = oldPaths;
        oldPaths = null;
        pending.remap((id) => byPath.get(old.get(id)));
      }
      sent.clear();
      pending.overlay(msg.root);       // queued values win over the init's older ones
      rootId = msg.root.id;
      urlState.restoring = true;         // an init's values amend the current history entry, never push
      try {
        rootEl.replaceChildren(ensureView(msg.root).el);
      } finally {
        urlState.restoring = false;
      }
      collect();
      urlState.init(msg.location);
      setState('connected');
      pending.flush(submit, (id) => api.nodes.has(id));
      break;
    case 'patch':
      if (msg.seq !== expected) {      // a gap: ask for the whole view again
        post({ type: 'resync' });
        break;
      }
      expected++;
      msg.ops.forEach(applyOp);
      collect();
      break;
    case 'move':
      // the node drains: hold new input, tell the server all sent input is in, and wait for its 4001
      setState('moving');
      post({ type: 'moving' });
      break;
    case 'error':
      toast(msg.code === 'not_allowed' ? 'warning' : 'error', msg.message);
      break;
  }
}

function applyOp(op) {
  switch (op.op) {
    case 'set': {
      const last = sent.get(op.id + '\u0000' + op.prop) ?? 0;
      if (op.ack >= last) applyProps(op.id, { [op.prop]: op.value });
      break;
    }
    case 'notify':
      toast(op.level, op.message, op.duration, op.nid);
      break;
    case 'dismiss':
      dismiss(op.nid);
      break;
    case 'stream':
      api.views.get(op.id)?.stream?.(op);
      break;
    case 'patch':
      api.views.get(op.id)?.patchRows?.(op);
      break;
  }
}

/** Props holding nodes are always handed on: their nodes' own props may have moved since. */
function holdsNodes(value) {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== null && typeof first === 'object' && 'id' in first && 'type' in first;
}

function same(a, b) {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

function applyProps(id, incoming) {
  const view = api.views.get(id);
  const props = api.nodes.get(id);
  if (!view) return;
  const changed = {};
  let any = false;
  for (const [key, value] of Object.entries(incoming)) {
    if (holdsNodes(value) || view.uncompared?.has(key) || !same(props[key], value)) {
      changed[key] = value;
      props[key] = value;
      any = true;
    }
  }
  if (any) {
    apply(view, changed, props);
    for (const key of Object.keys(changed)) urlState.changed(id, key);
  }
}

/**
 * Applies each changed prop through the common table and the view module's table (a view may add its
 * own handling of a common prop). A prop neither knows is an error, logged once per type and prop: a misspelt
 * prop must not be a silent no-op. The Unknown view has no table and takes any prop.
 */
function apply(view, changed, all) {
  const table = view.module.props;
  for (const [prop, value] of Object.entries(changed)) {
    const common = Object.hasOwn(commonProps, prop) ? commonProps[prop] : null;
    const own = table && Object.hasOwn(table, prop) ? table[prop] : null;
    if (common) common(view, value, all);
    if (own) own(view, value, all);
    if (!common && !own && table && !reported.has(view.type + '\u0000' + prop)) {
      reported.add(view.type + '\u0000' + prop);
      console.error(`${view.type} has no prop "${prop}"`);
    }
  }
}

function ensureView(node) {
  const existing = api.views.get(node.id);
  if (existing && existing.type === node.type) {
    applyProps(node.id, node.props);
    return existing;
  }
  const props = { ...node.props };
  api.nodes.set(node.id, props);
  const module = loaded(node.type) ?? loaded('Unknown');   // loaded before the message was handled
  const view = module.create(props, context(node.id, node.type));
  view.type = node.type;
  view.module = module;
  view.el.classList.add('p4j', 'p4j-' + node.type);
  view.el.dataset.p4jId = node.id;
  api.views.set(node.id, view);
  apply(view, props, props);
  return view;
}

/** Puts the views of {@code nodes} into {@code container}, in order, reusing existing ones. */
function reconcile(container, nodes) {
  const els = nodes.map((node) => ensureView(node).el);
  els.forEach((el, i) => {
    if (container.children[i] !== el) container.insertBefore(el, container.children[i] ?? null);
  });
  while (container.children.length > els.length) container.lastElementChild.remove();
  return els;
}

function context(id, type) {
  return {
    id,
    type,
    reconcile,
    /** Sends a new value of {@code prop}; the echo rule then keeps stale echoes away. */
    send(prop, value) {
      api.nodes.get(id)[prop] = value;
      submit({ type: 'set', id, prop, value });
      urlState.changed(id, prop);
    },
    event(name, payload = {}) {
      submit({ type: 'event', id, event: name, payload });
    },
    /** Fetches this session's one-time transfer link {@code token} (an upload chunk or a download; docs/protocol.md, "Files"). */
    transfer(token, { query = '', ...init } = {}) {
      const headers = { ...(init.headers ?? {}), 'X-Panel4j-Csrf': boot.csrf };
      return fetch(`/_panel4j/transfer/${encodeURIComponent(token)}${query}`,
        { ...init, headers, credentials: 'same-origin', cache: 'no-store' });
    },
  };
}

/** Forgets views no longer reachable from the root. */
function collect() {
  const live = new Set();
  const visit = (id) => {
    if (live.has(id) || !api.nodes.has(id)) return;
    live.add(id);
    for (const value of Object.values(api.nodes.get(id))) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== null && typeof item === 'object' && 'id' in item && 'type' in item) visit(item.id);
      }
    }
  };
  if (rootId) visit(rootId);
  for (const id of [...api.nodes.keys()]) {
    if (!live.has(id)) {
      api.views.get(id)?.destroy?.();
      api.views.delete(id);
      api.nodes.delete(id);
    }
  }
}

setInterval(() => post({ type: 'ping' }), 60000);
connect();
