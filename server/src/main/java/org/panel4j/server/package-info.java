/**
 * Serving panel4j apps: {@link org.panel4j.server.PanelServer} (the facade), its
 * {@link org.panel4j.server.ServerConfig}, plain {@link org.panel4j.server.HttpHandler}s for extra
 * routes and the {@link org.panel4j.server.ServeCommand} CLI. No Jetty type appears here; the
 * embedded Jetty lives in {@code org.panel4j.server.internal}.
 */
@NullMarked
package org.panel4j.server;

import org.jspecify.annotations.NullMarked;
