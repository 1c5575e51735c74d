package org.panel4j.plot;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Pending patched values of one column, keyed by row ordinal: a second patch of the same row
 * overwrites the first, so memory is bounded by the rows patched, not by the number of patches.
 * Not thread-safe (used under the outbox's lock).
 */
final class PatchSet {

    private final Map<Long, Integer> slots = new HashMap<>();
    private long[] ordinals = new long[8];
    private Column values;

    PatchSet(ColumnType type) {
        this.values = new Column(type, 8);
    }

    int size() {
        return slots.size();
    }

    /** Records that row {@code ordinal} now holds row {@code row} of {@code from}. */
    void put(long ordinal, Column from, int row) {
        Integer slot = slots.get(ordinal);
        if (slot != null) {
            values.setRow(slot, from, row);
            return;
        }
        int next = slots.size();
        if (next == ordinals.length) {
            ordinals = Arrays.copyOf(ordinals, next * 2);
        }
        ordinals[next] = ordinal;
        slots.put(ordinal, next);
        values.appendRow(from, row);
    }

    /** Forgets rows before {@code firstKept}: they have rolled off, no client holds them any more. */
    void dropBefore(long firstKept) {
        PatchSet kept = new PatchSet(values.type());
        for (int i = 0; i < slots.size(); i++) {
            if (ordinals[i] >= firstKept) {
                kept.put(ordinals[i], values, i);
            }
        }
        slots.clear();
        slots.putAll(kept.slots);
        ordinals = kept.ordinals;
        values = kept.values;
    }

    /** The patched rows at or after {@code firstKept}: lowest ordinal first as offset, the rest relative. */
    Entries entries(long firstKept) {
        long offset = Long.MAX_VALUE;
        for (int i = 0; i < slots.size(); i++) {
            if (ordinals[i] >= firstKept) {
                offset = Math.min(offset, ordinals[i]);
            }
        }
        var kept = new Column(values.type(), slots.size());
        var indices = new int[slots.size()];
        int n = 0;
        for (int i = 0; i < slots.size(); i++) {
            if (ordinals[i] >= firstKept) {
                indices[n++] = Math.toIntExact(ordinals[i] - offset);
                kept.appendRow(values, i);
            }
        }
        return new Entries(offset, Arrays.copyOf(indices, n), kept);
    }

    /** Patched rows: ordinal of row {@code indices[i]} is {@code offset + indices[i]}. */
    record Entries(long offset, int[] indices, Column values) {}
}
