/**
 * The embedded Jetty 12 server behind {@link org.panel4j.server.PanelServer}: pages, the WebSocket
 * endpoint, session tokens, the origin check and the wire protocol codec (see {@code docs/protocol.md}).
 * The only package where Jetty types appear. Not an API: it may change in any release.
 */
@NullMarked
package org.panel4j.server.internal;

import org.jspecify.annotations.NullMarked;
