package org.panel4j.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * TEXT values dictionary-encoded: the distinct strings once, sorted, and one {@code int} code per row
 * ({@code -1} for null), so a code's order is its string's order and a text filter tests each distinct
 * string once.
 */
final class TextColumn implements ColumnStore {

    private final String[] dictionary;
    private final int[] codes;
    private final boolean hasNulls;

    TextColumn(String[] dictionary, int[] codes) {
        this.dictionary = dictionary;
        this.codes = codes;
        this.hasNulls = Arrays.stream(codes).anyMatch(code -> code < 0);
    }

    @Override
    public ColumnKind kind() {
        return ColumnKind.TEXT;
    }

    @Override
    public boolean hasNulls() {
        return hasNulls;
    }

    @Override
    public boolean isNull(int row) {
        return codes[row] < 0;
    }

    @Override
    public @Nullable Object value(int row) {
        int code = codes[row];
        return code < 0 ? null : dictionary[code];
    }

    @Override
    public long sortKey(int row) {
        return codes[row];
    }

    @Override
    public IntPredicate between(@Nullable Object min, @Nullable Object max) {
        throw new IllegalArgumentException("a TEXT column has no range filter");
    }

    @Override
    public IntPredicate oneOf(Set<?> wanted) {
        boolean[] match = new boolean[dictionary.length];
        for (Object value : wanted) {
            int code = Arrays.binarySearch(dictionary, value);
            if (code >= 0) {
                match[code] = true;
            }
        }
        return row -> codes[row] >= 0 && match[codes[row]];
    }

    /** Which codes' strings contain {@code lowerCaseText} once lower-cased (the search and text filters). */
    boolean[] containing(String lowerCaseText) {
        boolean[] match = new boolean[dictionary.length];
        for (int code = 0; code < dictionary.length; code++) {
            match[code] = dictionary[code].toLowerCase(Locale.ROOT).contains(lowerCaseText);
        }
        return match;
    }

    /** Rows whose string contains {@code lowerCaseText}, ignoring case. */
    IntPredicate contains(String lowerCaseText) {
        boolean[] match = containing(lowerCaseText);
        return row -> codes[row] >= 0 && match[codes[row]];
    }

    int code(int row) {
        return codes[row];
    }

    @Override
    public long bytes() {
        long strings = 0;
        for (String s : dictionary) {
            strings += 56 + 2L * s.length();
        }
        return 4L * codes.length + 16L + 4L * dictionary.length + strings;
    }
}
