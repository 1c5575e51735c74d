/**
 * Protocol v1 on the wire, one codec for the server and the page (docs/protocol.md,
 * docs/decisions/0030-one-wire-codec.md): {@link org.panel4j.session.wire.ServerMessages} writes the
 * server → page messages through a {@link org.panel4j.session.wire.JsonWriter} (Jackson's generator on the
 * server, {@link org.panel4j.session.wire.JsonText} in the page), and
 * {@link org.panel4j.session.wire.ClientMessages} checks a parsed page → server message strictly into a
 * {@link org.panel4j.session.wire.ClientMessage}. Portable: no JVM-only classes (docs/browser.md).
 * Not API: for the server and the browser module; may change in any release.
 */
@NullMarked
package org.panel4j.session.wire;

import org.jspecify.annotations.NullMarked;
