package org.panel4j.pane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the common subset of LaTeX math into a MathML tree as data: each element a list of its tag,
 * a map of attributes and its children (text or elements). Letters, digits, operators, {@code ^},
 * {@code _}, groups, {@code \frac}, {@code \sqrt}, {@code \text}, {@code \mathrm}, {@code \left}/{@code \right},
 * spacing, Greek letters and common symbols; an unknown command shows as an {@code merror} with its
 * name. Only MathML tags come out; all text is text, never markup. Not thread-safe: one per call.
 */
final class TexToMathML {

    private static final Map<String, String> SYMBOLS = symbols();
    private static final String OPERATORS = "+-=<>()[]|,;:!/*'.?&";
    private static final int MAX_DEPTH = 64;

    private final String tex;
    private int pos;
    private int depth;

    private TexToMathML(String tex) {
        this.tex = tex;
    }

    /** The {@code <math>} element for {@code tex}; {@code block} shows it on its own line. */
    static List<Object> math(String tex, boolean block) {
        var parser = new TexToMathML(tex);
        List<Object> row = parser.row('\0');
        var attrs = new LinkedHashMap<String, Object>();
        attrs.put("display", block ? "block" : "inline");
        return element("math", attrs, List.of(element("mrow", Map.of(), row)));
    }

    private static List<Object> element(String tag, Map<String, Object> attrs, List<?> children) {
        var node = new ArrayList<Object>(children.size() + 2);
        node.add(tag);
        node.add(attrs);
        node.addAll(children);
        return node;
    }

    private static List<Object> leaf(String tag, String text) {
        return element(tag, Map.of(), List.of(text));
    }

    /** Items until {@code end} ('}' or ']') or the end of input. */
    private List<Object> row(char end) {
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("must nest at most " + MAX_DEPTH + " groups");
        }
        var items = new ArrayList<Object>();
        while (pos < tex.length() && tex.charAt(pos) != end) {
            Object base = atom();
            if (base == null) {
                continue;
            }
            items.add(scripts(base));
        }
        if (pos < tex.length()) {
            pos++; // the closing brace
        }
        depth--;
        return items;
    }

    private Object scripts(Object base) {
        Object sub = null;
        Object sup = null;
        while (pos < tex.length() && (tex.charAt(pos) == '^' || tex.charAt(pos) == '_')) {
            char kind = tex.charAt(pos++);
            Object script = argument();
            if (kind == '^') {
                sup = script;
            } else {
                sub = script;
            }
        }
        if (sub != null && sup != null) {
            return element("msubsup", Map.of(), List.of(base, sub, sup));
        }
        if (sup != null) {
            return element("msup", Map.of(), List.of(base, sup));
        }
        return sub != null ? element("msub", Map.of(), List.of(base, sub)) : base;
    }

    /** One atom or group as one element; an empty mrow at the end of input. */
    private Object argument() {
        skipSpaces();
        if (pos >= tex.length()) {
            return element("mrow", Map.of(), List.of());
        }
        Object atom = atom();
        return atom == null ? element("mrow", Map.of(), List.of()) : atom;
    }

    private void skipSpaces() {
        while (pos < tex.length() && Character.isWhitespace(tex.charAt(pos))) {
            pos++;
        }
    }

    private Object atom() {
        char c = tex.charAt(pos);
        if (Character.isWhitespace(c)) {
            pos++;
            return null;
        }
        if (c == '{') {
            pos++;
            return element("mrow", Map.of(), row('}'));
        }
        if (c == '\\') {
            return command();
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (pos < tex.length() && (Character.isDigit(tex.charAt(pos)) || tex.charAt(pos) == '.')) {
                pos++;
            }
            return leaf("mn", tex.substring(start, pos));
        }
        pos++;
        if (Character.isLetter(c)) {
            return leaf("mi", String.valueOf(c));
        }
        if (c == '}' || c == '^' || c == '_') {
            return leaf("merror", String.valueOf(c));
        }
        return leaf(OPERATORS.indexOf(c) >= 0 ? "mo" : "mi", String.valueOf(c));
    }

    private Object command() {
        int start = ++pos;
        while (pos < tex.length() && Character.isLetter(tex.charAt(pos))) {
            pos++;
        }
        if (pos == start && pos < tex.length()) {
            pos++; // a one-symbol command: \, \; \{ \} \\
        }
        String name = tex.substring(start, pos);
        switch (name) {
            case "frac", "dfrac", "tfrac" -> {
                Object numerator = argument();
                return element("mfrac", Map.of(), List.of(numerator, argument()));
            }
            case "sqrt" -> {
                skipSpaces();
                if (pos < tex.length() && tex.charAt(pos) == '[') {
                    pos++;
                    Object index = element("mrow", Map.of(), row(']'));
                    return element("mroot", Map.of(), List.of(argument(), index));
                }
                return element("msqrt", Map.of(), List.of(argument()));
            }
            case "text", "mathrm", "textrm", "operatorname" -> {
                return leaf(name.equals("text") || name.equals("textrm") ? "mtext" : "mi", plainGroup());
            }
            case "left", "right", "big", "Big", "bigl", "bigr" -> {
                skipSpaces();
                if (pos < tex.length() && tex.charAt(pos) == '.') {
                    pos++; // \left. : no delimiter
                    return null;
                }
                return pos < tex.length() ? atom() : null;
            }
            case ",", ":", ";", " ", "quad", "qquad", "!" -> {
                String width = switch (name) {
                    case "quad" -> "1em";
                    case "qquad" -> "2em";
                    case "!" -> "0em";
                    default -> "0.25em";
                };
                return element("mspace", Map.of("width", width), List.of());
            }
            case "{", "}", "\\", "%", "$", "#", "_" -> {
                return name.equals("\\") ? null : leaf("mo", name);
            }
            default -> {
                String symbol = SYMBOLS.get(name);
                if (symbol == null) {
                    return leaf("merror", "\\" + name);
                }
                boolean letter = Character.isLetter(symbol.codePointAt(0)) || symbol.equals("∞") || symbol.equals("∂");
                return leaf(letter ? "mi" : "mo", symbol);
            }
        }
    }

    /** The raw text of a {...} group (for \text), braces balanced. */
    private String plainGroup() {
        skipSpaces();
        if (pos >= tex.length() || tex.charAt(pos) != '{') {
            return pos < tex.length() ? String.valueOf(tex.charAt(pos++)) : "";
        }
        int level = 0;
        int start = pos + 1;
        while (pos < tex.length()) {
            char c = tex.charAt(pos++);
            if (c == '{') {
                level++;
            } else if (c == '}' && --level == 0) {
                return tex.substring(start, pos - 1);
            }
        }
        return tex.substring(start);
    }

    private static Map<String, String> symbols() {
        var map = new LinkedHashMap<String, String>();
        String[] greek = {"alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ϵ", "varepsilon", "ε",
            "zeta", "ζ", "eta", "η", "theta", "θ", "iota", "ι", "kappa", "κ", "lambda", "λ", "mu", "μ", "nu", "ν",
            "xi", "ξ", "pi", "π", "rho", "ρ", "sigma", "σ", "tau", "τ", "upsilon", "υ", "phi", "ϕ", "varphi", "φ",
            "chi", "χ", "psi", "ψ", "omega", "ω", "Gamma", "Γ", "Delta", "Δ", "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ",
            "Pi", "Π", "Sigma", "Σ", "Phi", "Φ", "Psi", "Ψ", "Omega", "Ω"};
        String[] others = {"infty", "∞", "partial", "∂", "nabla", "∇", "pm", "±", "mp", "∓", "times", "×", "cdot", "⋅",
            "div", "÷", "leq", "≤", "le", "≤", "geq", "≥", "ge", "≥", "neq", "≠", "ne", "≠", "approx", "≈", "equiv", "≡",
            "sim", "∼", "propto", "∝", "sum", "∑", "prod", "∏", "int", "∫", "oint", "∮", "to", "→", "rightarrow", "→",
            "leftarrow", "←", "Rightarrow", "⇒", "Leftarrow", "⇐", "leftrightarrow", "↔", "iff", "⇔", "mapsto", "↦",
            "in", "∈", "notin", "∉", "subset", "⊂", "subseteq", "⊆", "cup", "∪", "cap", "∩", "emptyset", "∅",
            "forall", "∀", "exists", "∃", "neg", "¬", "land", "∧", "lor", "∨", "ldots", "…", "cdots", "⋯", "dots", "…",
            "circ", "∘", "langle", "⟨", "rangle", "⟩", "lim", "lim", "sin", "sin", "cos", "cos", "tan", "tan",
            "log", "log", "ln", "ln", "exp", "exp", "max", "max", "min", "min", "det", "det", "hbar", "ℏ", "ell", "ℓ"};
        for (String[] pairs : new String[][] {greek, others}) {
            for (int i = 0; i < pairs.length; i += 2) {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return Map.copyOf(map);
    }
}
