// The small connection badge in the corner.

const LABELS = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  disconnected: 'Disconnected',
  replaced: 'Opened elsewhere — reload to continue',
  reloading: 'Reloading the new code…',
  moving: 'Moving to another server…',
};

/** States the page does not leave by itself: only a reload helps. */
const FINAL = new Set(['disconnected', 'replaced']);

export class Status {
  constructor(parent, reload) {
    this.el = document.createElement('div');
    this.el.className = 'p4j-status';
    this.el.setAttribute('role', 'status');
    this.el.setAttribute('aria-live', 'polite');
    this.dot = document.createElement('span');
    this.dot.className = 'p4j-status-dot';
    this.label = document.createElement('span');
    this.label.className = 'p4j-status-label';
    this.reload = document.createElement('button');
    this.reload.type = 'button';
    this.reload.className = 'p4j-status-reload';
    this.reload.textContent = 'Reload';
    this.reload.addEventListener('click', reload);
    this.detail = document.createElement('span');
    this.detail.className = 'p4j-status-note';
    this.detail.hidden = true;
    this.el.append(this.dot, this.label, this.detail, this.reload);
    parent.append(this.el);
  }

  show(state) {
    this.el.dataset.state = state;
    this.label.textContent = LABELS[state] ?? state;
    this.reload.hidden = !FINAL.has(state);
    this.el.title = LABELS[state] ?? state;
  }

  /** Shows {@code text} beside the state whatever it is (empty hides it): what became of input made offline. */
  note(text) {
    this.detail.textContent = text;
    this.detail.hidden = !text;
  }
}
