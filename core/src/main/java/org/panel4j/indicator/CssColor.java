package org.panel4j.indicator;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The colours indicators accept: {@code #rgb}/{@code #rrggbb(aa)}, a colour name, or {@code rgb()/hsl()} of numbers. */
final class CssColor {

    private static final Pattern COLOR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|(?:rgb|rgba|hsl|hsla)\\([0-9.,%\\s/]{1,60}\\)");

    private CssColor() {}

    /** Null if {@code color} is a colour this accepts, else the problem. */
    static @Nullable String problem(String color) {
        return COLOR.matcher(color).matches() ? null
                : "must be a CSS colour like #0072b5, green or rgb(0, 114, 181)";
    }
}
