package org.panel4j.bind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.layout.Layout;
import org.panel4j.param.HasValue;
import org.panel4j.param.Parameterized;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.DatePicker;
import org.panel4j.widget.DatetimePicker;
import org.panel4j.widget.FloatInput;
import org.panel4j.widget.FloatSlider;
import org.panel4j.widget.IntInput;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.Select;
import org.panel4j.widget.TextInput;
import org.panel4j.widget.Widget;

/**
 * Widgets for the parameters of any {@link Parameterized} object, kept in step with it both ways
 * (Panel's {@code pane.Param}, which Panel keeps beside its bound functions, as this package does).
 * Each parameter of a supported type gets one widget, in declaration order: allowed values or an enum
 * → {@link Select}; Integer or Double with both bounds → {@link IntSlider} / {@link FloatSlider},
 * without → {@link IntInput} / {@link FloatInput}; Boolean → {@link Checkbox}; {@link LocalDate} →
 * {@link DatePicker}; {@link LocalDateTime} → {@link DatetimePicker}; String → {@link TextInput}.
 * Other parameters are left out. A constant or read-only parameter gets a disabled widget that only
 * follows the object.
 *
 * <p>A widget's change sets the object's parameter; an object's change, from any thread, shows in its
 * widget: at once, or soon through the widget's session when another thread makes it, so that an
 * object shared by several sessions' panes never takes two session locks (docs/concurrency.md). After
 * concurrent sets each widget shows the object's last value; a value the object refuses puts the
 * widget back. The widgets are the children of this layout, titled with the object's label unless
 * {@link #setTitle} says otherwise. {@link #unlink()} stops following the object.
 */
public final class Param extends Layout {

    private final org.panel4j.param.Param<String> title = org.panel4j.param.Param.builder(this, "title", String.class)
            .value("").doc("The heading above the widgets; empty for none.").build();
    private final Parameterized object;
    private final List<Registration> links = new CopyOnWriteArrayList<>();
    /** Set while this thread copies the object's value into a widget, so that the widget's echo is ignored. */
    private final ThreadLocal<Boolean> following = new ThreadLocal<>();

    /** Widgets for every supported parameter of {@code object}, titled with its label. */
    public Param(Parameterized object) {
        this(object, List.of());
    }

    /**
     * Widgets for the parameters of {@code object} named in {@code parameters}, in that order (all
     * supported ones when empty).
     *
     * @throws IllegalArgumentException if a name is not a parameter of the object or has no widget
     */
    public Param(Parameterized object, List<String> parameters) {
        this.object = Objects.requireNonNull(object, "object");
        this.title.set(object.label());
        var widgets = new ArrayList<Component>();
        if (parameters.isEmpty()) {
            for (org.panel4j.param.Param<?> param : object.params()) {
                Widget widget = widgetFor(param);
                if (widget != null) {
                    widgets.add(link(param, widget));
                }
            }
        } else {
            for (String name : parameters) {
                var param = object.param(name).orElseThrow(() -> new IllegalArgumentException(
                        object.label() + " has no parameter '" + name + "'"));
                Widget widget = widgetFor(param);
                if (widget == null) {
                    throw new IllegalArgumentException(param.label() + " has no widget: its type is not supported");
                }
                widgets.add(link(param, widget));
            }
        }
        setChildren(widgets.toArray());
    }

    /** Widgets for the parameters of {@code object} named {@code parameters}, in that order. */
    public static Param of(Parameterized object, String... parameters) {
        return new Param(object, Arrays.asList(parameters));
    }

    /** The object whose parameters are shown. */
    public Parameterized getObject() {
        return object;
    }

    /** The heading; empty for none. */
    public String getTitle() {
        return title.get();
    }

    /** Sets the heading (empty for none). */
    public void setTitle(String value) {
        title.set(value);
    }

    /** The {@code title} parameter. */
    public org.panel4j.param.Param<String> titleProperty() {
        return title;
    }

    /** The widget showing the parameter named {@code name}, if shown. */
    public java.util.Optional<Widget> widget(String name) {
        return getChildren().stream().filter(c -> c instanceof Widget w && w.getName().equals(prettify(name)))
                .map(Widget.class::cast).findFirst();
    }

    /** Stops following the object both ways; the widgets stay as they are. */
    public void unlink() {
        links.forEach(Registration::cancel);
        links.clear();
    }

    /** A label for a parameter name: {@code maxCount} → {@code Max count}. */
    static String prettify(String name) {
        var out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                out.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c == '_' ? ' ' : c);
            }
        }
        return out.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable Widget widgetFor(org.panel4j.param.Param<?> param) {
        Class<?> type = param.type();
        List<Object> allowed = param.allowedValues();
        Object value = param.get();
        Widget widget;
        if (allowed != null) {
            widget = new Select<>(allowed);
        } else if (type == null) {
            return null;
        } else if (type.isEnum()) {
            widget = new Select<>(Arrays.asList(type.getEnumConstants()));
        } else if (type == Boolean.class) {
            widget = new Checkbox();
        } else if (type == Integer.class) {
            Integer lo = (Integer) param.lowerBound();
            Integer hi = (Integer) param.upperBound();
            widget = lo != null && hi != null ? new IntSlider(lo, hi, value == null ? lo : (Integer) value)
                    : new IntInput("", lo, hi, (Integer) value);
        } else if (type == Double.class) {
            Double lo = (Double) param.lowerBound();
            Double hi = (Double) param.upperBound();
            widget = lo != null && hi != null ? new FloatSlider(lo, hi, value == null ? lo : (Double) value)
                    : new FloatInput("", lo, hi, (Double) value);
        } else if (type == LocalDate.class) {
            widget = new DatePicker();
        } else if (type == LocalDateTime.class) {
            widget = new DatetimePicker();
        } else if (type == String.class) {
            widget = new TextInput();
        } else {
            return null;
        }
        widget.setName(prettify(param.name()));
        widget.setDisabled(param.isConstant() || param.isReadOnly());
        return widget;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Widget link(org.panel4j.param.Param<?> source, Widget widget) {
        var param = (org.panel4j.param.Param<Object>) source;
        var target = ((HasValue<Object>) widget).valueProperty();
        follow(param, target);
        links.add(param.watch(change -> followFrom(widget, param, target)));
        if (!widget.isDisabled()) {
            links.add(target.watch(change -> {
                if (Boolean.TRUE.equals(following.get())) {
                    return; // the widget only shows what the object holds
                }
                try {
                    param.set(change.newValue());
                } catch (IllegalArgumentException | IllegalStateException refused) {
                    follow(param, target); // the object keeps its value: so does the widget
                    throw refused;
                }
            }));
        }
        return widget;
    }

    /**
     * Follows a change of the object: at once when the widget is shown in no session or this thread
     * holds its session's lock, else through that session's {@code execute}, so that a change made in
     * one session's callback never takes another session's lock (docs/concurrency.md).
     */
    private void followFrom(Widget widget, org.panel4j.param.Param<Object> param, org.panel4j.param.Param<Object> target) {
        Session shown = widget.session();
        if (shown == null || shown.isLockHeldByCurrentThread()) {
            follow(param, target);
        } else {
            shown.execute(session -> follow(param, target));
        }
    }

    /**
     * Copies the object's value into the widget, again while it changed in between: whichever thread
     * sets the object last also leaves its value in the widget.
     */
    private void follow(org.panel4j.param.Param<Object> param, org.panel4j.param.Param<Object> target) {
        following.set(Boolean.TRUE);
        try {
            Object shown;
            do {
                shown = param.get();
                try {
                    target.set(shown);
                } catch (IllegalArgumentException notShowable) {
                    return; // e.g. null in a slider: the widget keeps its last value
                }
            } while (!Objects.equals(shown, param.get()));
        } finally {
            following.remove();
        }
    }
}
