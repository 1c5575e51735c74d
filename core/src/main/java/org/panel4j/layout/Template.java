package org.panel4j.layout;

import java.util.List;
import java.util.regex.Pattern;
import org.panel4j.component.Component;
import org.panel4j.param.Param;
import org.panel4j.param.WireTypes;

/**
 * An app's page shell: a header (title, logo, the app's own items, a light/dark toggle), a collapsible
 * sidebar and the main area; on a phone the sidebar becomes a drawer opened from the header's menu
 * button. An app opts in by returning one (Panel's templates):
 *
 * {@snippet :
 * var template = new Template("Operations");
 * template.sidebar().add(serviceSelect, timeRange);
 * template.main().add(chart, logTable);
 * return template;
 * }
 *
 * Themed through CSS custom properties ({@code --p4j-primary}, {@code --p4j-bg}, … in
 * {@code panel4j.css}); {@link #setAccent} sets the primary colour, {@link #setTheme} light, dark or the
 * system's choice. The user's toggle and sidebar button set {@code theme} and {@code sidebarOpen}.
 */
public final class Template extends Component {

    private static final Pattern LOGO = Pattern.compile("(https?://|/(?!/))[^\\s\"'<>()\\\\]{0,2000}|data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]{1,200000}");

    private final Column header = new Column();
    private final Column sidebar = new Column();
    private final Column main = new Column();

    private final Param<String> title = Param.builder(this, "title", String.class).value("")
            .doc("The header's title, e.g. the app's name.").build();
    private final Param<String> logo = Param.builder(this, "logo", String.class).value("")
            .check(v -> v.isEmpty() || LOGO.matcher(v).matches() ? null
                    : "must be empty, an http(s) URL, a path from /, or a data:image URL")
            .doc("An image shown before the title: a URL, a path on this server, or a data:image URL.").build();
    private final Param<TemplateLook> look = Param.builder(this, "look", TemplateLook.class).value(TemplateLook.DASHBOARD)
            .doc("Plain or dashboard.").build();
    private final Param<Theme> theme = Param.builder(this, "theme", Theme.class).value(Theme.SYSTEM).clientWritable()
            .doc("Light, dark, or the system's choice; the header's toggle sets it.").build();
    private final Param<String> accent = Param.builder(this, "accent", WireTypes.HEX_COLOR).value("#0072b5")
            .check(v -> v.matches("#[0-9a-fA-F]{6}") ? null : "must be a colour like #0072b5")
            .doc("The accent colour (buttons, links, the dashboard header), as #rrggbb.").build();
    private final Param<Boolean> sidebarOpen = Param.builder(this, "sidebarOpen", Boolean.class).value(true)
            .clientWritable().doc("Whether the sidebar shows beside the main area (wide screens).").build();
    private final Param<Integer> sidebarWidth = Param.builder(this, "sidebarWidth", Integer.class).value(300)
            .check(v -> v < 120 || v > 800 ? "must be 120 to 800 pixels" : null)
            .doc("The sidebar's width in pixels on wide screens.").build();
    private final Param<List<Component>> areas = Param.<List<Component>>builder(this, "areas")
            .value(List.of(header, sidebar, main)).constant()
            .toWire(list -> list.stream().map(Component::toNode).toList())
            .doc("The header items, the sidebar and the main area, in that order.").build();

    /** An untitled template. */
    public Template() {}

    /** A template titled {@code title}. */
    public Template(String title) {
        this.title.set(title);
    }

    /** The header's own items (links, buttons), shown after the title. */
    public Column header() {
        return header;
    }

    /** The sidebar (a drawer on a phone). */
    public Column sidebar() {
        return sidebar;
    }

    /** The main area. */
    public Column main() {
        return main;
    }

    @Override
    public List<Component> children() {
        return areas.get();
    }

    /** The header's title. */
    public String getTitle() {
        return title.get();
    }

    /** Sets the header's title. */
    public void setTitle(String value) {
        title.set(value);
    }

    /** The {@code title} parameter. */
    public Param<String> titleProperty() {
        return title;
    }

    /** The logo's URL, or empty. */
    public String getLogo() {
        return logo.get();
    }

    /** Sets the logo: an http(s) URL, a path on this server from {@code /}, a data:image URL, or empty. @throws IllegalArgumentException otherwise */
    public void setLogo(String value) {
        logo.set(value);
    }

    /** The {@code logo} parameter. */
    public Param<String> logoProperty() {
        return logo;
    }

    /** Plain or dashboard. */
    public TemplateLook getLook() {
        return look.get();
    }

    /** Sets the look. */
    public void setLook(TemplateLook value) {
        look.set(value);
    }

    /** The {@code look} parameter. */
    public Param<TemplateLook> lookProperty() {
        return look;
    }

    /** Light, dark, or the system's choice. */
    public Theme getTheme() {
        return theme.get();
    }

    /** Sets the colour scheme. */
    public void setTheme(Theme value) {
        theme.set(value);
    }

    /** The {@code theme} parameter (the user's toggle sets it). */
    public Param<Theme> themeProperty() {
        return theme;
    }

    /** The accent colour, #rrggbb. */
    public String getAccent() {
        return accent.get();
    }

    /** Sets the accent colour. @throws IllegalArgumentException if it is not #rrggbb */
    public void setAccent(String value) {
        accent.set(value);
    }

    /** The {@code accent} parameter. */
    public Param<String> accentProperty() {
        return accent;
    }

    /** Whether the sidebar shows (wide screens). */
    public boolean isSidebarOpen() {
        return sidebarOpen.get();
    }

    /** Shows or hides the sidebar (wide screens). */
    public void setSidebarOpen(boolean value) {
        sidebarOpen.set(value);
    }

    /** The {@code sidebarOpen} parameter (the user's menu button sets it). */
    public Param<Boolean> sidebarOpenProperty() {
        return sidebarOpen;
    }

    /** The sidebar's width in pixels. */
    public int getSidebarWidth() {
        return sidebarWidth.get();
    }

    /** Sets the sidebar's width, 120 to 800 pixels. */
    public void setSidebarWidth(int value) {
        sidebarWidth.set(value);
    }

    /** The {@code sidebarWidth} parameter. */
    public Param<Integer> sidebarWidthProperty() {
        return sidebarWidth;
    }
}
