package org.panel4j.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.panel4j.session.CallbackError;
import org.panel4j.session.ErrorHandler;
import org.panel4j.testkit.Waits;

/** Test helper: an {@link ErrorHandler} that records every error it receives. */
public final class RecordingErrors implements ErrorHandler {

    private final List<CallbackError> errors = new CopyOnWriteArrayList<>();

    @Override
    public void handle(CallbackError error) {
        errors.add(error);
    }

    /** The errors received so far, in order. */
    public List<CallbackError> all() {
        return List.copyOf(errors);
    }

    /** Waits until at least {@code count} errors arrived and returns them. */
    public List<CallbackError> await(int count) {
        Waits.until(() -> errors.size() >= count, count + " error(s), got " + errors.size());
        return all();
    }
}
