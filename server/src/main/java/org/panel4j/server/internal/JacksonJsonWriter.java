package org.panel4j.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.wire.JsonWriter;

/**
 * The core's {@link JsonWriter} over Jackson's generator, for {@link ProtocolEncoder}. With
 * {@link BinaryArrays}, a {@code double[]}, {@code long[]} or {@code int[]} of at least the threshold's
 * length goes into them and the JSON holds its reference, {@code {"$bin":…,"offset":…,"length":…}}
 * (docs/protocol.md). One per message; not thread-safe.
 */
final class JacksonJsonWriter implements JsonWriter {

    private final JsonGenerator g;
    private final @Nullable BinaryArrays bins;
    private final int binaryThreshold;

    /** Writes to {@code g}; large arrays into {@code bins}, or as JSON arrays when it is null. */
    JacksonJsonWriter(JsonGenerator g, @Nullable BinaryArrays bins, int binaryThreshold) {
        this.g = g;
        this.bins = bins;
        this.binaryThreshold = binaryThreshold;
    }

    @Override
    public void startObject() {
        try {
            g.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endObject() {
        try {
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void startArray() {
        try {
            g.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endArray() {
        try {
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void name(String name) {
        try {
            g.writeFieldName(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void string(String value) {
        try {
            g.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void number(long value) {
        try {
            g.writeNumber(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void number(double value) {
        try {
            if (Double.isFinite(value)) {
                g.writeNumber(value);
            } else {
                g.writeNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void numberText(String text) {
        try {
            g.writeNumber(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void bool(boolean value) {
        try {
            g.writeBoolean(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void nullValue() {
        try {
            g.writeNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void numbers(double[] values) {
        if (!binary(values, values.length)) {
            JsonWriter.super.numbers(values);
        }
    }

    @Override
    public void numbers(long[] values) {
        if (!binary(values, values.length)) {
            try {
                g.writeArray(values, 0, values.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void numbers(int[] values) {
        if (!binary(values, values.length)) {
            try {
                g.writeArray(values, 0, values.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Sends {@code array} in binary and writes its reference if it is long enough and binary is on. */
    private boolean binary(Object array, int length) {
        BinaryArrays binary = bins;
        if (binary == null || length < binaryThreshold) {
            return false;
        }
        BinaryArrays.Ref ref = binary.add(array);
        try {
            g.writeStartObject();
            g.writeStringField("$bin", ref.dtype());
            g.writeNumberField("offset", ref.offset());
            g.writeNumberField("length", ref.length());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
