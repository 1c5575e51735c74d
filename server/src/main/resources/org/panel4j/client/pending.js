// Input made while the page has no synced socket (reconnecting, or disconnected): kept, bounded and
// coalesced, and delivered once after the next init; when it cannot be, the page says so.
// The rules are in docs/protocol.md, "Input while disconnected".
import { toast } from './toasts.js';

/** The most messages kept; well below the server's default burst of 50, so one flush is not rate-limited. */
export const MAX_QUEUED = 32;

/** Close codes after which this page cannot reach its session again (docs/protocol.md, close codes). */
const FINAL_CLOSES = new Set([1000, 1008, 1011]);

function changes(n) {
  return n === 1 ? '1 change' : n + ' changes';
}

export class PendingInput {
  /**
   * @param status the connection badge (its note tells what became of the input)
   * @param views  the page's views by component id (a view with queued input is marked pending)
   * @param grace  how long, in ms, the server keeps a session whose page is away (boot's `grace`)
   */
  constructor(status, views, grace) {
    this.status = status;
    this.views = views;
    this.grace = grace;
    this.queue = [];          // set and event messages, oldest first
    this.lastEvent = -1;      // the index of the newest event in the queue
    this.refused = 0;         // input not kept since the last sync: the queue was full
    this.lost = 0;            // input not sent because the session cannot be reached any more
    this.gone = false;
    this.deadline = null;     // performance.now() by which an init must come, or the session is gone
    this.timer = null;
    this.marked = new Set();  // ids whose views show a pending mark
  }

  /** Keeps {@code message} (a set or event the page could not send) for the next sync. */
  add(message) {
    this.expect();
    if (!this.gone && performance.now() > this.deadline) this.giveUp();
    if (this.gone) {
      this.lost++;
      this.tell();
      if (this.lost === 1) toast('error', this.lostText());
      return;
    }
    if (message.type === 'set') {
      // The newest value wins, but never jumps an event: an event is delivered after the very
      // values the page showed when it happened.
      for (let i = this.queue.length - 1; i > this.lastEvent; i--) {
        const queued = this.queue[i];
        if (queued.id === message.id && queued.prop === message.prop) {
          queued.value = message.value;
          return;
        }
      }
    }
    if (this.queue.length >= MAX_QUEUED) {
      if (this.refused++ === 0) {
        toast('warning', 'The page is reconnecting and cannot keep more changes; further changes will not be sent.');
      }
      this.tell();
      return;
    }
    this.queue.push(message);
    if (message.type === 'event') this.lastEvent = this.queue.length - 1;
    this.mark(message.id);
    this.tell();
  }

  /** The socket closed: starts the grace period, or gives up at once after a close code that is final. */
  closed(code) {
    this.expect();
    if (FINAL_CLOSES.has(code)) this.giveUp();
  }

  /**
   * A fresh init arrived, not yet rendered: puts the newest queued value of each property into its
   * nodes, so an input keeps what was typed instead of the init's older value.
   */
  overlay(root) {
    if (this.queue.length === 0) return;
    const values = new Map();
    for (const m of this.queue) {
      if (m.type === 'set') values.set(m.id + '\u0000' + m.prop, m);
    }
    const visit = (node) => {
      for (const [prop, value] of Object.entries(node.props)) {
        const queued = values.get(node.id + '\u0000' + prop);
        if (queued) node.props[prop] = queued.value;
        for (const item of Array.isArray(value) ? value : [value]) {
          if (item !== null && typeof item === 'object' && 'id' in item && 'props' in item) visit(item);
        }
      }
    };
    visit(root);
  }

  /**
   * The init is rendered: sends each queued message once through {@code send}, oldest first, except
   * those for components that no longer exist ({@code exists(id)} false), and says what was not sent.
   */
  flush(send, exists) {
    const queue = this.queue;
    const refused = this.refused;
    this.reset();
    let dropped = 0;
    for (const message of queue) {
      if (exists(message.id)) send(message);
      else dropped++;
    }
    if (dropped > 0) {
      toast('warning', dropped === 1
        ? '1 change made while reconnecting was for a part of the page that no longer exists; it was not sent.'
        : dropped + ' changes made while reconnecting were for parts of the page that no longer exist; they were not sent.');
    }
    if (refused > 0) {
      toast('error', refused === 1
        ? '1 change made while reconnecting could not be kept; it was not sent.'
        : refused + ' changes made while reconnecting could not be kept; they were not sent.');
    }
  }

  /** A fresh session replaced the old one: each queued message goes to the component {@code newId(id)} names (or stays). */
  remap(newId) {
    for (const message of this.queue) message.id = newId(message.id) ?? message.id;
  }

  /** Starts the grace period at the first sign of a lost connection. */
  expect() {
    if (this.deadline !== null || this.gone) return;
    this.deadline = performance.now() + this.grace;
    this.timer = setTimeout(() => this.giveUp(), this.grace);
  }

  /** The session cannot be reached again: every queued message is lost, and the page says so. */
  giveUp() {
    if (this.gone) return;
    this.gone = true;
    clearTimeout(this.timer);
    this.lost += this.queue.length + this.refused;
    this.queue = [];
    this.lastEvent = -1;
    this.refused = 0;
    this.unmark();
    this.tell();
    if (this.lost > 0) toast('error', this.lostText());
  }

  /** Back to connected: nothing kept, nothing lost, no deadline. */
  reset() {
    clearTimeout(this.timer);
    this.queue = [];
    this.lastEvent = -1;
    this.refused = 0;
    this.lost = 0;
    this.gone = false;
    this.deadline = null;
    this.timer = null;
    this.unmark();
    this.status.note('');
  }

  lostText() {
    return 'Your last ' + changes(this.lost).replace(/^1 change$/, 'change') + ' could not be sent — reload the page.';
  }

  /** Puts what waits, or what was lost, in the badge. */
  tell() {
    if (this.gone) {
      this.status.note(this.lost > 0 ? this.lostText() : '');
    } else {
      const waiting = this.queue.length > 0 ? changes(this.queue.length) + ' waiting to be sent' : '';
      const notKept = this.refused > 0 ? changes(this.refused) + ' not kept' : '';
      this.status.note([waiting, notKept].filter(Boolean).join(', '));
    }
  }

  mark(id) {
    const el = this.views.get(id)?.el;
    if (!el) return;
    this.marked.add(id);
    el.classList.add('p4j-pending');
    el.dataset.p4jPending = String(this.queue.filter((m) => m.id === id).length);
  }

  unmark() {
    for (const id of this.marked) {
      const el = this.views.get(id)?.el;
      if (el) {
        el.classList.remove('p4j-pending');
        delete el.dataset.p4jPending;
      }
    }
    this.marked.clear();
  }
}
