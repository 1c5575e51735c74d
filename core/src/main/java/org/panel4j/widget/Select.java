package org.panel4j.widget;

import java.util.List;

/** A drop-down choice among {@code options}; {@code value} is always one of them. */
public final class Select extends SingleChoice {

    /** A select over {@code options}, the first chosen (none if empty). */
    public Select(List<String> options) {
        super(options);
    }
}
