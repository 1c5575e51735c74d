package org.panel4j.pane;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.Param;

/**
 * Text with LaTeX math (Panel's {@code pane.LaTeX}): what stands between {@code $…$} is inline math,
 * between {@code $$…$$} a block of its own; {@code \$} is a dollar sign. The server turns the math into
 * MathML, which the browser draws natively: letters, numbers, operators, {@code ^} and {@code _},
 * groups, {@code \frac}, {@code \sqrt}, {@code \text}, {@code \left}/{@code \right}, spacing, Greek
 * letters and common symbols; an unknown command shows in red. Nothing in the text is ever taken as
 * HTML: the browser builds only MathML elements and sets all text as text.
 */
public final class LaTeX extends Component {

    private final Param<String> object = Param.builder(this, "object", String.class).value("")
            .check(LaTeX::problem).toWire(LaTeX::segments).doc("The text; math between $…$ (inline) or $$…$$ (block).").build();

    /** Shows {@code text}. @throws IllegalArgumentException if its math nests groups too deeply */
    public LaTeX(String text) {
        object.set(text);
    }

    /** Why the math in {@code text} cannot be shown (too deeply nested), or null. */
    private static @Nullable String problem(String text) {
        try {
            segments(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The text as the browser receives it: plain strings, and MathML elements each as a list of its
     * tag, its attributes and its children.
     */
    static List<Object> segments(String text) {
        var out = new ArrayList<Object>();
        var plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                plain.append('$');
                i += 2;
                continue;
            }
            if (c != '$') {
                plain.append(c);
                i++;
                continue;
            }
            boolean block = text.startsWith("$$", i);
            String close = block ? "$$" : "$";
            int end = closing(text, i + close.length(), close);
            if (end < 0) {
                plain.append(text, i, text.length()); // an unclosed $ is a dollar sign
                break;
            }
            if (!plain.isEmpty()) {
                out.add(plain.toString());
                plain.setLength(0);
            }
            out.add(TexToMathML.math(text.substring(i + close.length(), end), block));
            i = end + close.length();
        }
        if (!plain.isEmpty()) {
            out.add(plain.toString());
        }
        return out;
    }

    private static int closing(String text, int from, String close) {
        for (int j = from; j < text.length(); j++) {
            if (text.charAt(j) == '\\') {
                j++;
            } else if (text.startsWith(close, j)) {
                return j;
            }
        }
        return -1;
    }

    /** The text shown. */
    public String getObject() {
        return object.get();
    }

    /** Shows {@code text}. @throws IllegalArgumentException if its math nests groups too deeply */
    public void setObject(String text) {
        object.set(text);
    }

    /** The {@code object} parameter. */
    public Param<String> objectProperty() {
        return object;
    }
}
