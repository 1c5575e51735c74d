package org.panel4j.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the page client's messages in the page: JSON text to null, Boolean, Long (an integer that fits),
 * Double, String, List or Map, as the server's decoder does (docs/protocol.md), nested at most
 * {@link #MAX_DEPTH} deep, for the core's checks ({@code ClientMessages}). Text that is not JSON throws;
 * {@link InPage} answers it with {@code error} {@code malformed}, as the server does.
 */
final class JsonReader {

    /** How deep arrays and objects may nest, as on the server. */
    static final int MAX_DEPTH = 16;

    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * The value of {@code text}.
     *
     * @throws IllegalArgumentException if it is not one JSON value
     */
    static Object read(String text) {
        var reader = new JsonReader(text);
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at != text.length()) {
            throw reader.fail("text after the value");
        }
        return value;
    }

    private Object value(int depth) {
        skipSpace();
        if (at >= text.length()) {
            throw fail("a value");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        checkDepth(depth);
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw fail("a field name");
            }
            String key = string();
            skipSpace();
            expect(':');
            map.put(key, value(depth));
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return Collections.unmodifiableMap(map);
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        at++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return Collections.unmodifiableList(list);
        }
        while (true) {
            list.add(value(depth));
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return Collections.unmodifiableList(list);
            }
        }
    }

    private String string() {
        at++;
        var out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw fail("the end of a string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = at < text.length() ? text.charAt(at++) : '?';
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw fail("four hex digits");
                    }
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw fail("an escape");
            }
        }
    }

    private Object number() {
        int start = at;
        boolean integral = true;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            integral &= Character.isDigit(text.charAt(at)) || text.charAt(at) == '-';
            at++;
        }
        String digits = text.substring(start, at);
        if (digits.isEmpty()) {
            throw fail("a value");
        }
        if (integral && digits.length() <= 18) {
            return Long.parseLong(digits);
        }
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw fail("a number");
        }
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw fail("a value");
        }
        at += word.length();
        return value;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw fail("at most " + MAX_DEPTH + " levels of nesting");
        }
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail("'" + c + "'");
        }
        at++;
    }

    private IllegalArgumentException fail(String expected) {
        return new IllegalArgumentException("JSON: expected " + expected + " at " + at);
    }
}
