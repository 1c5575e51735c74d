// The in-page socket (docs/browser.md): the unchanged panel4j client talks to the app compiled into
// this page instead of a server. It stands in for WebSocket before the client loads; frames go to the
// compiled session as text and come back on a later turn, in order.
//
// The page names its compiled app in <script type="application/json" id="p4j-in-page">:
// {"app": "app.js"} (TeaVM's JavaScript, an ES module) or {"app": "app.wasm"} (TeaVM's WebAssembly GC,
// loaded by TeaVM's runtime next to this file, in teavm/), and the arguments its main gets ("args").
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

const configElement = document.getElementById('p4j-in-page');
const config = configElement ? JSON.parse(configElement.textContent) : {};
const appUrl = new URL(config.app || './app.js', document.baseURI);
const args = Array.isArray(config.args) ? config.args.map(String) : [];
if (appUrl.pathname.endsWith('.wasm')) {
  const runtime = await import(new URL('./teavm/wasm-gc-module-runtime.min.js', import.meta.url).href);
  const teavm = await runtime.load(appUrl.href);
  teavm.exports.main(args);
} else {
  const app = await import(appUrl.href);
  app.main(args);
}
await import('./client/core.js');
