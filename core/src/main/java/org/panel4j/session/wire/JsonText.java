package org.panel4j.session.wire;

/**
 * A {@link JsonWriter} into text: {@link #toString()} is the JSON written so far. Strings are escaped
 * as JSON requires ({@code "}, {@code \}, control characters) and U+2028/U+2029 too, so the text is also
 * safe inside a script. Used by the page (docs/browser.md) and by tests; open, so a host may override
 * the {@code numbers} methods. Not thread-safe.
 */
public class JsonText implements JsonWriter {

    private static final String HEX = "0123456789ABCDEF";

    private final StringBuilder out;
    /** Whether the next value or name follows a sibling and so needs a comma. */
    private boolean afterValue;

    /** An empty text with room for a small message. */
    public JsonText() {
        this(256);
    }

    /** An empty text with room for {@code capacity} characters before it grows. */
    public JsonText(int capacity) {
        out = new StringBuilder(capacity);
    }

    @Override
    public void startObject() {
        separate();
        out.append('{');
        afterValue = false;
    }

    @Override
    public void endObject() {
        out.append('}');
        afterValue = true;
    }

    @Override
    public void startArray() {
        separate();
        out.append('[');
        afterValue = false;
    }

    @Override
    public void endArray() {
        out.append(']');
        afterValue = true;
    }

    @Override
    public void name(String name) {
        separate();
        quote(name);
        out.append(':');
        afterValue = false;
    }

    @Override
    public void string(String value) {
        separate();
        quote(value);
        afterValue = true;
    }

    @Override
    public void number(long value) {
        separate();
        out.append(value);
        afterValue = true;
    }

    @Override
    public void number(double value) {
        if (!Double.isFinite(value)) {
            nullValue();
            return;
        }
        separate();
        out.append(value);
        afterValue = true;
    }

    @Override
    public void numberText(String text) {
        separate();
        out.append(text);
        afterValue = true;
    }

    @Override
    public void bool(boolean value) {
        separate();
        out.append(value);
        afterValue = true;
    }

    @Override
    public void nullValue() {
        separate();
        out.append("null");
        afterValue = true;
    }

    /** The JSON written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private void separate() {
        if (afterValue) {
            out.append(',');
        }
    }

    private void quote(String s) {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029) {
                continue;
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 0xF))
                        .append(HEX.charAt((c >> 4) & 0xF)).append(HEX.charAt(c & 0xF));
            }
        }
        out.append(s, plain, s.length());
        out.append('"');
    }
}
