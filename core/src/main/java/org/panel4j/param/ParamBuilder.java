package org.panel4j.param;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Declares one {@link Param}: default, doc, checks and access, then {@link #build()} registers it
 * with its owner. Not thread-safe; use it in the owner's constructor or field initializers.
 *
 * @param <T> the value type
 */
public final class ParamBuilder<T> {

    final Parameterized owner;
    final String name;
    final @Nullable Class<T> type;
    final List<Validator<T>> validators = new ArrayList<>();
    String doc = "";
    @Nullable T defaultValue;
    boolean nullable;
    boolean constant;
    boolean readOnly;
    boolean clientWritable;
    boolean secret;
    @Nullable Function<Object, T> fromClient;
    @Nullable Function<T, Object> toWire;
    @SuppressWarnings("rawtypes")
    @Nullable Supplier<? extends @Nullable Comparable> lowerBound;
    @SuppressWarnings("rawtypes")
    @Nullable Supplier<? extends @Nullable Comparable> upperBound;
    @Nullable Supplier<? extends Collection<?>> allowed;

    /** The declared wire type, shared by every parameter of its type while no conversion overrides it. */
    private final @Nullable WireType<T> wire;

    ParamBuilder(Parameterized owner, String name, @Nullable Class<T> type, @Nullable WireType<T> wire) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.wire = wire;
    }

    /** The default value (required unless {@link #nullable()}). */
    public ParamBuilder<T> value(@Nullable T value) {
        this.defaultValue = value;
        return this;
    }

    /** What the parameter means. */
    public ParamBuilder<T> doc(String text) {
        this.doc = Objects.requireNonNull(text, "doc");
        return this;
    }

    /** Allows null. */
    public ParamBuilder<T> nullable() {
        this.nullable = true;
        return this;
    }

    /** Forbids every set after declaration. */
    public ParamBuilder<T> constant() {
        this.constant = true;
        return this;
    }

    /** Forbids sets by anyone but the owner (through {@link Parameterized#setByOwner}). */
    public ParamBuilder<T> readOnly() {
        this.readOnly = true;
        return this;
    }

    /** Lets the browser set the value (it is still validated). */
    public ParamBuilder<T> clientWritable() {
        this.clientWritable = true;
        return this;
    }

    /** Keeps the value out of messages, errors and {@code toString} (a password): shown as {@code (hidden)}. */
    public ParamBuilder<T> secret() {
        this.secret = true;
        return this;
    }

    /** Converts the browser's JSON value (Boolean, Number, String, List, Map) to {@code T}. */
    public ParamBuilder<T> fromClient(Function<Object, T> conversion) {
        this.fromClient = Objects.requireNonNull(conversion, "conversion");
        return this;
    }

    /** Converts a value to what the browser receives (default: the value itself). */
    public ParamBuilder<T> toWire(Function<T, Object> conversion) {
        this.toWire = Objects.requireNonNull(conversion, "conversion");
        return this;
    }

    private static boolean isJsonType(Class<?> type) {
        return type == String.class || type == Boolean.class || Number.class.isAssignableFrom(type)
                || List.class.isAssignableFrom(type) || java.util.Map.class.isAssignableFrom(type);
    }

    /** Adds a check; see {@link Validator}. */
    public ParamBuilder<T> check(Validator<T> validator) {
        validators.add(Objects.requireNonNull(validator, "validator"));
        return this;
    }

    /** Requires {@code min() <= value <= max()}; either supplier may return null for no bound. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ParamBuilder<T> bounds(Supplier<? extends @Nullable Comparable> min, Supplier<? extends @Nullable Comparable> max) {
        this.lowerBound = Objects.requireNonNull(min, "min");
        this.upperBound = Objects.requireNonNull(max, "max");
        return check(v -> {
            Comparable lo = min.get();
            Comparable hi = max.get();
            if (lo != null && compare(lo, v) > 0) {
                return "must be at least " + lo;
            }
            if (hi != null && compare(hi, v) < 0) {
                return "must be at most " + hi;
            }
            return null;
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable bound, Object value) {
        if (bound instanceof Number b && value instanceof Number n) {
            return Double.compare(b.doubleValue(), n.doubleValue());
        }
        return bound.compareTo(value);
    }

    /** Requires the value to be one of {@code allowed()} (read at each check, so options may change). */
    public ParamBuilder<T> allowed(Supplier<? extends Collection<?>> allowed) {
        this.allowed = Objects.requireNonNull(allowed, "allowed");
        return check(v -> {
            Collection<?> options = allowed.get();
            return options.contains(v) ? null : "must be one of " + Param.describe(options);
        });
    }

    /**
     * Declares the parameter and registers it with its owner.
     *
     * @throws IllegalArgumentException when the declaration contradicts itself, or the browser could
     *         not receive or send the value: a type that is not JSON's own nor has a {@link WireType}, and
     *         no {@link #toWire}; a client-writable parameter with no conversion from the browser's value
     */
    /**
     * The conversions as one object: the declared wire type itself when neither was overridden (so all
     * parameters of a type share it and hold one reference), else one made of the two functions.
     */
    @SuppressWarnings("unchecked")
    WireType<T> wireType() {
        if (fromClient == null && toWire == null) {
            return wire != null ? wire : (WireType<T>) AS_IS;
        }
        Function<T, Object> out = toWire != null ? toWire
                : wire != null ? wire.toWireFunction() : (Function<T, Object>) IDENTITY;
        Function<Object, T> in = fromClient != null ? fromClient
                : wire != null ? wire.fromWireFunction() : (Function<Object, T>) NO_CONVERSION;
        return new FunctionWireType<>(out, in);
    }

    private static final Function<Object, Object> IDENTITY = value -> value;
    /** The conversion of a parameter the browser only receives: one shared instance, so {@link Param#fromWire} can tell. */
    static final Function<Object, Object> NO_CONVERSION = json -> {
        throw new IllegalStateException("no conversion from the browser's value");
    };
    /** JSON's own values as they are, nothing from the browser: shared by every parameter declared so. */
    static final WireType<Object> AS_IS = new FunctionWireType<>(IDENTITY, NO_CONVERSION);

    /**
     * The parameter, registered with its owner.
     *
     * @throws IllegalArgumentException if the options contradict each other, the browser cannot receive the
     *     type, or the default value is not valid
     */
    public Param<T> build() {
        String label = owner.label() + "." + name;
        if (constant && readOnly) {
            throw new IllegalArgumentException(label + " cannot be both constant and read-only");
        }
        if (toWire == null && wire == null && type != null && !isJsonType(type)) {
            throw new IllegalArgumentException(label + " has type " + type.getSimpleName()
                    + ", which the browser cannot receive: declare it with a WireType or give toWire");
        }
        if (clientWritable && fromClient == null && wire == null) {
            throw new IllegalArgumentException(label + " is client-writable but nothing converts the browser's"
                    + " value to it: declare it with a WireType or give fromClient");
        }
        Param<T> param = Param.create(this);
        if (defaultValue != null) {
            param.validate(defaultValue);
        }
        return param;
    }
}
