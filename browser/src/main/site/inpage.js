// The in-page socket (docs/browser.md): the unchanged panel4j client talks to the app compiled into
// this page (app.js next to the page) instead of a server. It stands in for WebSocket before the client
// loads; frames go to the compiled session as text and come back on a later turn, in order.
const bridge = { inbound: null, socket: null };

class InPageWebSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;

  constructor(url) {
    this.url = String(url);
    this.readyState = InPageWebSocket.OPEN;
    this.binaryType = 'blob';
    this.onopen = this.onmessage = this.onclose = this.onerror = null;
    bridge.socket = this;
    setTimeout(() => {
      if (this.onopen) this.onopen({ type: 'open' });
      bridge.inbound(null);  // the session sends init
    }, 0);
  }

  send(text) {
    if (this.readyState !== InPageWebSocket.OPEN) return;
    bridge.inbound(String(text));
  }

  close(code = 1000, reason = '') {
    if (this.readyState === InPageWebSocket.CLOSED) return;
    this.readyState = InPageWebSocket.CLOSED;
    setTimeout(() => this.onclose && this.onclose({ code, reason, wasClean: true }), 0);
  }
}

window.WebSocket = InPageWebSocket;
window.panel4jInPage = {
  listen(inbound) { bridge.inbound = inbound; },
  deliver(frame) {
    const socket = bridge.socket;
    setTimeout(() => {
      if (socket && socket === bridge.socket && socket.readyState === InPageWebSocket.OPEN && socket.onmessage) {
        socket.onmessage({ data: frame });
      }
    }, 0);
  },
};

const app = await import(new URL('./app.js', document.baseURI).href);
app.main([]);
await import('./client/core.js');
