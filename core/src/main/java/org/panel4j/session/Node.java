package org.panel4j.session;

import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of one component as its client sees it: stable id, view type and wire properties.
 * Property values are wire-ready: null, Boolean, Number, String, byte[], {@code List}, {@code Map}
 * or nested {@code Node}s (children).
 *
 * @param id    the component's stable id
 * @param type  the view type the client renders it with, e.g. {@code "Button"}
 * @param props the wire properties, in declaration order
 */
public record Node(String id, String type, Map<String, Object> props) {

    /** Validates and keeps the properties as given (callers pass a fresh, unshared map). */
    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(props, "props");
    }
}
