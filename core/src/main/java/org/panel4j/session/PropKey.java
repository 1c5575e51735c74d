package org.panel4j.session;

/**
 * The coalescing key of a component property in an outbox, and the key its client
 * acknowledgements are recorded under.
 *
 * @param componentId the component id
 * @param prop        the wire name of the property
 */
public record PropKey(String componentId, String prop) {}
