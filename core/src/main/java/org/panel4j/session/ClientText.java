package org.panel4j.session;

import org.jspecify.annotations.Nullable;

/**
 * Makes text a client sent safe to put in a log line or an error message: at most
 * {@link #DEFAULT_LIMIT} characters are kept, the rest is replaced by {@code …(N chars)}, and
 * characters that could start a new log line or hide text (control, format, line and paragraph
 * separators, unpaired surrogates) are written as escapes such as {@code \n} or {@code \u202e}.
 * Use it for every client-supplied string before it reaches a logger or an {@code error} reply.
 */
public final class ClientText {

    /** The characters of output kept by {@link #bounded(Object)} before the length note. */
    public static final int DEFAULT_LIMIT = 64;

    private ClientText() {}

    /** {@code text} bounded to {@link #DEFAULT_LIMIT} characters and escaped; {@code "null"} for null. */
    public static String bounded(@Nullable Object text) {
        return bounded(text, DEFAULT_LIMIT);
    }

    /**
     * {@code text} escaped, cut once the output reaches {@code limit} characters (an escape is
     * never cut), with {@code …(N chars)} appended when cut, N being the length of the original.
     */
    public static String bounded(@Nullable Object text, int limit) {
        String s = String.valueOf(text);
        var out = new StringBuilder(Math.min(s.length(), limit) + 16);
        int i = 0;
        while (i < s.length() && out.length() < limit) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(out, cp);
        }
        if (i < s.length()) {
            out.append("…(").append(s.length()).append(" chars)");
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, int cp) {
        switch (cp) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (unsafe(cp)) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }

    private static boolean unsafe(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
