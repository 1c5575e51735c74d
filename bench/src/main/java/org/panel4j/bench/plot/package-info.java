/** The plot streaming benchmark: points per second to a WebSocket client and to Chromium, heap per session. */
@NullMarked
package org.panel4j.bench.plot;

import org.jspecify.annotations.NullMarked;
