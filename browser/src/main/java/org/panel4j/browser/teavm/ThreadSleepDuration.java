package org.panel4j.browser.teavm;

import java.time.Duration;
import org.panel4j.browser.DurationSleep;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Gives the page's {@code java.lang.Thread} the static {@code sleep(Duration)} of Java 19, which
 * TeaVM 0.16.0's thread lacks: its body calls {@link DurationSleep#sleep}, which sleeps the calling
 * green thread through TeaVM's own {@code Thread.sleep(long)}. Unchanged user code such as
 * {@code Thread.sleep(Duration.ofSeconds(2))} then compiles and sleeps cooperatively, interruptible.
 */
final class ThreadSleepDuration implements ClassHolderTransformer {

    private static final MethodDescriptor SLEEP = new MethodDescriptor("sleep", Duration.class, void.class);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(Thread.class.getName()) || cls.getMethod(SLEEP) != null) {
            return;
        }
        var method = new MethodHolder(SLEEP);
        method.setLevel(AccessLevel.PUBLIC);
        method.getModifiers().add(ElementModifier.STATIC);
        ProgramEmitter emit = ProgramEmitter.create(method, context.getHierarchy());
        emit.invoke(DurationSleep.class, "sleep", emit.var(1, ValueType.parse(Duration.class)));
        emit.exit();
        cls.addMethod(method);
    }
}
