package org.panel4j.widget;

/** What a player does when it reaches an end ({@link Player}, {@link DiscretePlayer}); Panel's {@code loop_policy}. */
public enum LoopPolicy {
    /** Stop at the end. */
    ONCE,
    /** Jump back to the other end and go on. */
    LOOP,
    /** Turn round and play the other way. */
    REFLECT
}
