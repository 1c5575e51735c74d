package org.panel4j.server;

import java.util.List;

/**
 * What browsers may do with a {@link PanelServer}, set through {@link ServerConfig.Builder}: the host
 * names it answers to (against DNS rebinding) and where its pages may load images from. See
 * {@code docs/security.md}.
 *
 * @param allowedHosts host names answered besides {@code localhost}, {@code 127.0.0.1}, {@code [::1]}
 *                     and the bound address: exact names or IP addresses, or {@code *.example.com} for
 *                     every name below {@code example.com}; no port
 * @param imageSources where pages may load images from besides the server itself and {@code data:}
 *                     URLs: origins such as {@code https://picsum.photos} (the host may start with
 *                     {@code *.}) or a scheme such as {@code https:}
 */
public record BrowserPolicy(List<String> allowedHosts, List<String> imageSources) {

    /** Copies the lists. */
    public BrowserPolicy {
        allowedHosts = List.copyOf(allowedHosts);
        imageSources = List.copyOf(imageSources);
    }
}
