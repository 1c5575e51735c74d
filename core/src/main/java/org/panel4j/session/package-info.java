/**
 * Sessions: one per browser page. A session owns a lock, the async tasks its callbacks start,
 * its periodic callbacks, an error pipeline and an outbox that coalesces changes for its client.
 * This package knows nothing about components, JSON or HTTP; see {@code docs/concurrency.md}.
 */
@NullMarked
package org.panel4j.session;

import org.jspecify.annotations.NullMarked;
