package org.panel4j.pane;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.Param;

/**
 * The base of {@link Audio} and {@link Video}: a player of the file at a URL (http, https or a path
 * on this server) with the browser's controls. {@code paused}, {@code time}, {@code volume} and
 * {@code muted} follow the user (the page sends them) and the server (setting them plays, pauses,
 * seeks or changes the volume in every page). Media from other hosts than this server need the
 * Content-Security-Policy to allow them.
 */
public abstract sealed class Media extends Component permits Audio, Video {

    private final Param<String> object = Param.builder(this, "object", String.class).nullable()
            .check(Media::urlProblem).doc("The URL of the file: http, https or a path starting with /.").build();
    private final Param<Boolean> paused = Param.builder(this, "paused", Boolean.class).value(true).clientWritable()
            .doc("Whether playback is paused.").build();
    private final Param<Double> time = Param.builder(this, "time", Double.class).value(0.0).clientWritable()
            .check(v -> Double.isFinite(v) && v >= 0 ? null : "must be a finite number of seconds, at least 0")
            .doc("The playback position in seconds; the page sends it as it plays (about 4 times a second).").build();
    private final Param<Integer> volume = Param.builder(this, "volume", Integer.class).value(100).clientWritable()
            .bounds(() -> 0, () -> 100).doc("The volume, 0 to 100.").build();
    private final Param<Boolean> muted = Param.builder(this, "muted", Boolean.class).value(false).clientWritable()
            .doc("Whether the sound is off.").build();
    private final Param<Boolean> loop = Param.builder(this, "loop", Boolean.class).value(false)
            .doc("Whether playback starts again at the end.").build();

    /** A player of {@code url}. @throws IllegalArgumentException if not http(s) or a path */
    protected Media(@Nullable String url) {
        object.set(url);
    }

    static @Nullable String urlProblem(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || url.startsWith("/") && !url.startsWith("//")
                ? null : "must be an http(s) URL or a path starting with /";
    }

    /** The URL, or null when empty. */
    public @Nullable String getObject() {
        return object.get();
    }

    /** Plays the file at {@code url}. @throws IllegalArgumentException if not http(s) or a path */
    public void setObject(@Nullable String url) {
        object.set(url);
    }

    /** The {@code object} parameter. */
    public Param<String> objectProperty() {
        return object;
    }

    /** Whether playback is paused. */
    public boolean isPaused() {
        return paused.get();
    }

    /** Pauses (true) or plays (false). */
    public void setPaused(boolean value) {
        paused.set(value);
    }

    /** The {@code paused} parameter (the user sets it). */
    public Param<Boolean> pausedProperty() {
        return paused;
    }

    /** The playback position in seconds. */
    public double getTime() {
        return time.get();
    }

    /** Seeks to {@code seconds}. */
    public void setTime(double seconds) {
        time.set(seconds);
    }

    /** The {@code time} parameter (the page sends it while playing). */
    public Param<Double> timeProperty() {
        return time;
    }

    /** The volume, 0 to 100. */
    public int getVolume() {
        return volume.get();
    }

    /** Sets the volume, 0 to 100. */
    public void setVolume(int value) {
        volume.set(value);
    }

    /** The {@code volume} parameter (the user sets it). */
    public Param<Integer> volumeProperty() {
        return volume;
    }

    /** Whether the sound is off. */
    public boolean isMuted() {
        return muted.get();
    }

    /** Mutes or unmutes. */
    public void setMuted(boolean value) {
        muted.set(value);
    }

    /** The {@code muted} parameter (the user sets it). */
    public Param<Boolean> mutedProperty() {
        return muted;
    }

    /** Whether playback starts again at the end. */
    public boolean isLoop() {
        return loop.get();
    }

    /** Sets whether playback starts again at the end. */
    public void setLoop(boolean value) {
        loop.set(value);
    }

    /** The {@code loop} parameter. */
    public Param<Boolean> loopProperty() {
        return loop;
    }
}
