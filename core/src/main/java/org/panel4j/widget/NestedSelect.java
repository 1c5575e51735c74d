package org.panel4j.widget;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.WireType;
import org.panel4j.param.WireTypes;
import org.panel4j.session.ClientText;

/**
 * A chain of drop-downs over a tree of {@code options}: the first offers the tree's keys, each next one
 * the choices under the one above. A node is a map (choice → node below) or, at the last level, a list of
 * choices; an empty map or list ends the chain early. {@code value} is the path chosen, one choice per
 * level from the top down to a leaf, e.g. {@code [Europe, France, Paris]}; choosing at one level picks
 * the first choice of each level below. {@code levels} names the drop-downs.
 */
public final class NestedSelect extends Widget implements HasValue<List<String>> {

    private static final int DEEPEST = 16;

    private final Param<Map<String, Object>> options = Param.<Map<String, Object>>builder(this, "options")
            .value(Map.of()).check(this::checkTree).toWire(NestedSelect::toWire)
            .doc("The tree of choices: choice → map of the choices below, or a list of last choices.").build();
    private final Param<List<String>> levels = Param.builder(this, "levels", WireTypes.listOf(WireTypes.STRING))
            .value(List.of()).check(v -> v.stream().anyMatch(n -> n == null) ? "must not contain null" : null)
            .doc("The name of each level's drop-down, from the top; fewer names leave the rest unnamed.").build();
    private static final WireType<List<String>> PATH = WireTypes.listOf(WireTypes.STRING);

    private final Param<List<String>> value = Param.builder(this, "value", PATH)
            .value(List.of()).clientWritable().fromClient(NestedSelect::pathFromClient).check(this::checkPath)
            .doc("The path chosen: one choice per level, from the top down to a leaf.").build();

    /**
     * A chain over {@code options} (maps of maps, lists of strings at the bottom), the first path chosen.
     *
     * @throws IllegalArgumentException if the tree holds anything else, or is deeper than 16 levels
     */
    public NestedSelect(Map<String, ?> options) {
        setOptions(options);
    }

    /** A path the browser sent: a list of at most one choice per possible level, converted only then. */
    private static List<String> pathFromClient(Object wire) {
        if (wire instanceof List<?> choices && choices.size() > DEEPEST) {
            throw new IllegalArgumentException("expected at most " + DEEPEST + " choices, one per level");
        }
        return PATH.fromWire(wire);
    }

    private @Nullable String checkTree(Map<String, Object> tree) {
        try {
            copyTree(tree, 1);
            return null;
        } catch (IllegalArgumentException e) {
            return "must hold maps with text keys and lists of text, at most " + DEEPEST + " levels deep";
        }
    }

    private @Nullable String checkPath(List<String> path) {
        Object node = getOptions();
        for (String choice : path) {
            if (node instanceof Map<?, ?> map && map.containsKey(choice)) {
                node = map.get(choice);
            } else if (node instanceof List<?> list && list.contains(choice)) {
                node = List.of();
            } else {
                return "must be a path through the options, one choice per level, e.g. " + firstPath(getOptions());
            }
        }
        boolean leaf = node instanceof Map<?, ?> map ? map.isEmpty() : ((List<?>) node).isEmpty();
        return leaf ? null : "must go down to the last level, e.g. " + firstPath(getOptions());
    }

    /**
     * The tree as the browser gets it, as lists to keep the order (a JS object would put keys such as
     * "2024" first): a map is {@code [[choice, node below], …]}, a last level {@code [choice, …]}.
     */
    private static Object toWire(Object node) {
        if (node instanceof Map<?, ?> map) {
            var out = new ArrayList<List<Object>>(map.size());
            map.forEach((choice, below) -> out.add(List.of(choice, toWire(below))));
            return out;
        }
        return node;
    }

    /** The path of the first choice at each level. */
    static List<String> firstPath(Map<String, Object> tree) {
        var path = new ArrayList<String>();
        Object node = tree;
        while (true) {
            if (node instanceof Map<?, ?> map && !map.isEmpty()) {
                var first = map.entrySet().iterator().next();
                path.add((String) first.getKey());
                node = first.getValue();
            } else if (node instanceof List<?> list && !list.isEmpty()) {
                path.add((String) list.getFirst());
                return List.copyOf(path);
            } else {
                return List.copyOf(path);
            }
        }
    }

    private Map<String, Object> copyTree(Map<?, ?> tree, int depth) {
        if (depth > DEEPEST) {
            throw new IllegalArgumentException(label() + ".options must be at most " + DEEPEST + " levels deep");
        }
        var out = new LinkedHashMap<String, Object>();
        tree.forEach((key, node) -> {
            if (!(key instanceof String choice)) {
                throw new IllegalArgumentException(label() + ".options must have text choices, not " + ClientText.bounded(key));
            }
            out.put(choice, switch (node) {
                case null -> List.of();
                case Map<?, ?> below -> copyTree(below, depth + 1);
                case Collection<?> last -> copyLeaves(last);
                default -> throw new IllegalArgumentException(label() + ".options must hold maps and lists of text, not "
                        + ClientText.bounded(node) + " (" + node.getClass().getSimpleName() + ")");
            });
        });
        return Collections.unmodifiableMap(out);
    }

    private List<String> copyLeaves(Collection<?> last) {
        var out = new ArrayList<String>(last.size());
        for (Object choice : last) {
            if (!(choice instanceof String text)) {
                throw new IllegalArgumentException(label() + ".options must list text at the last level, not "
                        + ClientText.bounded(choice));
            }
            out.add(text);
        }
        if (new HashSet<>(out).size() != out.size()) {
            throw new IllegalArgumentException(label() + ".options must not list a choice twice: " + ClientText.bounded(out));
        }
        return List.copyOf(out);
    }

    /** Chooses the first path when the options no longer hold the value. */
    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if (param == options && checkPath(value.get()) != null) {
            value.set(firstPath(getOptions()));
        }
    }

    @Override
    public Param<List<String>> valueProperty() {
        return value;
    }

    /** The tree of choices (unmodifiable maps and lists). */
    public Map<String, Object> getOptions() {
        return options.get();
    }

    /**
     * Sets the tree of choices; a value it no longer holds gives way to the first path.
     *
     * @throws IllegalArgumentException if the tree holds anything but maps with text keys and lists of
     *                                  text, or is deeper than 16 levels
     */
    public void setOptions(Map<String, ?> value) {
        options.set(copyTree(value, 1));
    }

    /** The {@code options} parameter (set it through {@link #setOptions}, which checks and copies the tree). */
    public Param<Map<String, Object>> optionsProperty() {
        return options;
    }

    /** The names of the levels' drop-downs. */
    public List<String> getLevels() {
        return levels.get();
    }

    /** Names the levels' drop-downs, from the top. */
    public void setLevels(List<String> value) {
        levels.set(List.copyOf(value));
    }

    /** The {@code levels} parameter. */
    public Param<List<String>> levelsProperty() {
        return levels;
    }
}
