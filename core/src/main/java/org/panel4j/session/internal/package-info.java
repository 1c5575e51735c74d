/**
 * Not API: for components and the server; may change in any release. {@link
 * org.panel4j.session.internal.SessionCore} is a session's plumbing (delivery, client input, lifecycle),
 * reached through {@link org.panel4j.session.internal.SessionCore#of}; an app uses
 * {@link org.panel4j.session.Session} only. See docs/decisions/0017-session-api-and-internals.md.
 */
@NullMarked
package org.panel4j.session.internal;

import org.jspecify.annotations.NullMarked;
