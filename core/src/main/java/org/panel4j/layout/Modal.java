package org.panel4j.layout;

import org.panel4j.param.Param;

/**
 * A dialog over the page that holds its children (Panel's {@code layout.Modal}): the server opens and
 * closes it with {@code open}; the user closes it with Escape, its close button or, with
 * {@code backgroundClose}, a click beside it, and the server sees {@code open} turn false. While it
 * is open the rest of the page is inert and keyboard focus stays inside it.
 */
public final class Modal extends Layout {

    private final Param<Boolean> open = Param.builder(this, "open", Boolean.class).value(false).clientWritable()
            .doc("Whether the dialog is shown; the page sends false when the user closes it.").build();
    private final Param<String> title = Param.builder(this, "title", String.class).value("")
            .doc("The heading, also the dialog's accessible name.").build();
    private final Param<Boolean> showCloseButton = Param.builder(this, "showCloseButton", Boolean.class).value(true)
            .doc("Whether a close button shows in the corner.").build();
    private final Param<Boolean> backgroundClose = Param.builder(this, "backgroundClose", Boolean.class).value(false)
            .doc("Whether a click beside the dialog closes it.").build();

    /** A closed dialog titled {@code title} holding {@code objects}. */
    public Modal(String title, Object... objects) {
        super(objects);
        this.title.set(title);
    }

    /** Opens the dialog. */
    public void show() {
        open.set(true);
    }

    /** Closes the dialog. */
    public void hide() {
        open.set(false);
    }

    /** Whether the dialog is shown. */
    public boolean isOpen() {
        return open.get();
    }

    /** Opens or closes the dialog. */
    public void setOpen(boolean value) {
        open.set(value);
    }

    /** The {@code open} parameter (the user sets it to false). */
    public Param<Boolean> openProperty() {
        return open;
    }

    /** The heading. */
    public String getTitle() {
        return title.get();
    }

    /** Sets the heading. */
    public void setTitle(String value) {
        title.set(value);
    }

    /** The {@code title} parameter. */
    public Param<String> titleProperty() {
        return title;
    }

    /** Whether a close button shows. */
    public boolean isShowCloseButton() {
        return showCloseButton.get();
    }

    /** Shows or hides the close button. */
    public void setShowCloseButton(boolean value) {
        showCloseButton.set(value);
    }

    /** The {@code showCloseButton} parameter. */
    public Param<Boolean> showCloseButtonProperty() {
        return showCloseButton;
    }

    /** Whether a click beside the dialog closes it. */
    public boolean isBackgroundClose() {
        return backgroundClose.get();
    }

    /** Sets whether a click beside the dialog closes it. */
    public void setBackgroundClose(boolean value) {
        backgroundClose.set(value);
    }

    /** The {@code backgroundClose} parameter. */
    public Param<Boolean> backgroundCloseProperty() {
        return backgroundClose;
    }
}
