package org.panel4j.widget;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The icons that {@link ButtonIcon}, {@link ToggleIcon} and {@link MenuButton} can show: a small fixed
 * set drawn by the page from its own path data ({@code views/icons.js}), so a name only chooses among
 * them and never becomes markup. Names follow Tabler's ({@code "heart"}, {@code "heart-filled"}).
 */
public final class Icons {

    /** Every icon name; the {@code -filled} ones are the solid forms of their outline. */
    public static final Set<String> NAMES = Set.of("heart", "heart-filled", "star", "star-filled", "thumb-up",
            "thumb-up-filled", "bookmark", "bookmark-filled", "bell", "bell-filled", "check", "x", "plus", "minus",
            "copy", "download", "upload", "trash", "refresh", "adjustments", "search", "menu", "chevron-down",
            "player-play", "player-pause", "eye", "lock");

    private Icons() {}

    /** A {@code Param} check: null when {@code name} is an icon, or empty where {@code allowEmpty}; else why not. */
    static @Nullable String check(@Nullable String name, boolean allowEmpty) {
        if (name == null || (allowEmpty && name.isEmpty()) || NAMES.contains(name)) {
            return null;
        }
        return "must be one of the icon names in Icons.NAMES" + (allowEmpty ? " or empty" : "");
    }
}
