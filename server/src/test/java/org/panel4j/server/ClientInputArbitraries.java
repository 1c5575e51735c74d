package org.panel4j.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of hostile client input: JSON values, protocol messages (mostly well-formed, some
 * not), mutated message text and raw text. Ids are written {@code $id:N} and property names
 * {@code $prop:N}, resolved against a real session's components when applied.
 */
final class ClientInputArbitraries {

    private static final List<String> TYPES = List.of("set", "event", "resync", "ping");
    private static final List<String> ODD_TYPES = List.of("init", "patch", "error", "", "SET", "set ", "__proto__");
    private static final List<String> NAMES = List.of("value", "clicks", "disabled", "visible", "name", "options",
            "start", "end", "step", "click", "css_classes", "__proto__", "constructor", "", "$prop:0", "$prop:1",
            "$prop:2", "$prop:3");
    private static final String JSONISH = "{}[]\":,0123456789.eE+-tfnulrs\\ \n\t";

    private ClientInputArbitraries() {}

    /** Short strings of any characters (lone surrogates and controls included), and of JSON's alphabet. */
    static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(16),
                Arbitraries.strings().withChars(JSONISH).ofMaxLength(24),
                Arbitraries.strings().alpha().numeric().ofMaxLength(8));
    }

    /** A JSON value: null, booleans, whole and finite numbers, strings, and lists and objects of them. */
    static Arbitrary<Object> json() {
        return json(4);
    }

    private static Arbitrary<Object> json(int depth) {
        Arbitrary<Object> leaf = Arbitraries.<Object>oneOf(
                Arbitraries.of(true, false),
                Arbitraries.longs(),
                Arbitraries.integers().between(-20, 20).map(Integer::longValue),
                Arbitraries.doubles(),
                strings(),
                Arbitraries.of("a", "b", "Go", "")).injectNull(0.1);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> inner = Arbitraries.lazy(() -> json(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(8, leaf),
                Tuple.of(1, inner.list().ofMaxSize(4).map(l -> (Object) l)),
                Tuple.of(1, Arbitraries.maps(strings(), inner).ofMaxSize(4).map(m -> (Object) m)));
    }

    /** A client message as fields: mostly well-formed, sometimes with a field missing, extra or of the wrong kind. */
    static Arbitrary<Map<String, Object>> messages() {
        Arbitrary<String> type = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(TYPES)), Tuple.of(1, Arbitraries.of(ODD_TYPES)),
                Tuple.of(1, strings()));
        Arbitrary<Object> seq = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.longs().between(1, Long.MAX_VALUE).map(l -> (Object) l)),
                Tuple.of(1, json()));
        Arbitrary<Object> id = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 99).map(i -> (Object) ("$id:" + i))),
                Tuple.of(1, json()));
        Arbitrary<Object> name = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(NAMES).map(n -> (Object) n)),
                Tuple.of(1, json()));
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 15); // 0-11 well-formed, else broken
        return Combinators.combine(type, seq, id, name, json(), shape, strings()).as((t, s, i, n, v, k, extra) -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("type", t);
            m.put("seq", s);
            m.put("csrf", "secret");
            if (!t.equals("resync") && !t.equals("ping")) {
                m.put("id", i);
                m.put(t.equals("event") ? "event" : "prop", n);
                m.put(t.equals("event") ? "payload" : "value", t.equals("event") && v != null && !(v instanceof Map) ? Map.of() : v);
            }
            switch (k) {
                case 12 -> m.put(extra, v);
                case 13 -> m.remove(List.copyOf(m.keySet()).get(Math.abs(extra.hashCode()) % m.size()));
                case 14 -> m.put("csrf", v);
                case 15 -> m.put(t.equals("event") ? "prop" : "event", n);
                default -> { }
            }
            return m;
        });
    }

    /** {@code text} with a few edits: characters replaced, the rest cut, JSON punctuation or nesting inserted. */
    static Arbitrary<String> mutated(Arbitrary<String> texts) {
        Arbitrary<List<Tuple.Tuple3<Integer, Double, Character>>> edits = Combinators.combine(
                Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.chars().with(JSONISH.toCharArray()).with((char) 0, 'x', '\uD800'))
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(texts, edits).as((text, list) -> {
            var out = new StringBuilder(text);
            for (var edit : list) {
                if (out.isEmpty()) {
                    break;
                }
                int at = (int) (edit.get2() * (out.length() - 1));
                switch (edit.get1()) {
                    case 0 -> out.setCharAt(at, edit.get3());
                    case 1 -> out.setLength(at);
                    case 2 -> out.insert(at, edit.get3());
                    default -> out.insert(at, "[".repeat(1 + at % 40));
                }
            }
            return out.toString();
        });
    }

    /** Resolves {@code $id:N} and {@code $prop:N} placeholders against {@code ids} and their {@code props}. */
    static Map<String, Object> resolve(Map<String, Object> message, List<String> ids, Map<String, List<String>> props) {
        var out = new LinkedHashMap<String, Object>(message);
        String id = null;
        if (out.get("id") instanceof String s && s.startsWith("$id:")) {
            id = ids.get(Integer.parseInt(s.substring(4)) % ids.size());
            out.put("id", id);
        }
        for (String field : List.of("prop", "event")) {
            if (out.get(field) instanceof String s && s.startsWith("$prop:")) {
                List<String> names = id == null ? List.of("value") : props.getOrDefault(id, List.of("value"));
                out.put(field, names.get(Integer.parseInt(s.substring(6)) % names.size()));
            }
        }
        return out;
    }
}
