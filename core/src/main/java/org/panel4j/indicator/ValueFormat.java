package org.panel4j.indicator;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text template of an indicator's value (Panel's {@code format}): {@code {value}} is the value as
 * it is, {@code {value:.2f}} with two decimals, {@code {value:,.0f}} with thousands separators too.
 * Everything else is shown as written; the browser fills the template in.
 */
final class ValueFormat {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{value(?::,?(?:\\.\\d)?f)?\\}");
    private static final int MAX_LENGTH = 200;

    private ValueFormat() {}

    /** Null if {@code format} is a template this knows, else the problem. */
    static @Nullable String problem(String format) {
        if (format.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        String rest = PLACEHOLDER.matcher(format).replaceAll("");
        if (rest.length() == format.length()) {
            return "must contain {value}, {value:.Nf} or {value:,.Nf}";
        }
        return rest.contains("{") || rest.contains("}")
                ? "may hold only the placeholders {value}, {value:.Nf} and {value:,.Nf}" : null;
    }
}
