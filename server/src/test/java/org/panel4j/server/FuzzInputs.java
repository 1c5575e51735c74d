package org.panel4j.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded generators of hostile client input: random JSON values, messages and mutated text. */
final class FuzzInputs {

    private static final String[] TYPES = {"set", "event", "resync", "ping", "init", "patch", "", "SET"};
    private static final String[] PROPS = {"value", "clicks", "disabled", "visible", "name", "options", "start", "end",
            "step", "css_classes", "click", "__proto__", ""};
    private static final String JSONISH = "{}[]\":,0123456789.eE+-tfnulrs\\ \n\t";

    private final Random random;

    FuzzInputs(long seed) {
        this.random = new Random(seed);
    }

    Object value(int depth) {
        return switch (random.nextInt(depth > 3 ? 7 : 9)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextLong();
            case 3 -> random.nextInt(21) - 10;
            case 4 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20) * (random.nextBoolean() ? 1 : -1);
            case 5 -> text();
            case 6 -> random.nextBoolean() ? "" : random.nextBoolean() ? "a" : "b";
            case 7 -> {
                var list = new ArrayList<Object>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(depth + 1));
                }
                yield list;
            }
            default -> {
                var map = new LinkedHashMap<String, Object>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(text(), value(depth + 1));
                }
                yield map;
            }
        };
    }

    /** Short text: mostly printable ASCII, some of JSON's alphabet, CJK, controls and lone surrogates. */
    String text() {
        var out = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            out.append(switch (random.nextInt(20)) {
                case 0 -> (char) random.nextInt(0x3000);
                case 1 -> JSONISH.charAt(random.nextInt(JSONISH.length()));
                case 2 -> (char) (0xD800 + random.nextInt(0x800)); // a surrogate, usually unpaired
                case 3 -> (char) random.nextInt(0x20);
                default -> (char) (32 + random.nextInt(95));
            });
        }
        return out.toString();
    }

    /** Text of any characters, up to {@code max} long. */
    String anyText(int max) {
        var out = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            out.append(random.nextBoolean() ? JSONISH.charAt(random.nextInt(JSONISH.length())) : (char) random.nextInt(0x10000));
        }
        return out.toString();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A message of a random kind, mostly well-formed, addressed to one of {@code ids} (or garbage). */
    Map<String, Object> message(List<String> ids, String csrf, long seq) {
        var m = new LinkedHashMap<String, Object>();
        m.put("type", TYPES[random.nextInt(random.nextInt(5) == 0 ? TYPES.length : 4)]);
        m.put("seq", random.nextInt(10) == 0 ? value(0) : seq);
        m.put("csrf", random.nextInt(10) == 0 ? text() : csrf);
        m.put("id", random.nextInt(5) == 0 ? text() : pick(ids));
        m.put(random.nextBoolean() ? "prop" : "event", random.nextInt(4) == 0 ? text() : PROPS[random.nextInt(PROPS.length)]);
        m.put(random.nextBoolean() ? "value" : "payload", value(0));
        if (random.nextInt(8) == 0) {
            m.put(text(), value(0));
        }
        if (random.nextInt(8) == 0) {
            m.remove(pick(List.copyOf(m.keySet())));
        }
        return m;
    }

    /** A well-formed {@code set} message of random id, property and value. */
    Map<String, Object> set(long seq) {
        var m = new LinkedHashMap<String, Object>();
        m.put("type", "set");
        m.put("seq", seq);
        m.put("csrf", "secret");
        m.put("id", text());
        m.put("prop", text());
        m.put("value", value(0));
        return m;
    }

    /** {@code text} with a few random byte-level edits: flips, cuts, insertions of JSON punctuation. */
    String mutate(String text) {
        var out = new StringBuilder(text);
        for (int i = 1 + random.nextInt(4); i > 0 && !out.isEmpty(); i--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> out.setCharAt(at, (char) random.nextInt(128));
                case 1 -> out.setLength(at);
                case 2 -> out.insert(at, "{}[]\":,\\eE-+.0nultrf".charAt(random.nextInt(20)));
                case 3 -> out.insert(at, (char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x20)));
                default -> out.insert(at, "[".repeat(random.nextInt(40)));
            }
        }
        return out.toString();
    }
}
