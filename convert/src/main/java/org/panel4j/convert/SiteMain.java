package org.panel4j.convert;

import static org.teavm.asm.Opcodes.AALOAD;
import static org.teavm.asm.Opcodes.ACC_FINAL;
import static org.teavm.asm.Opcodes.ACC_PUBLIC;
import static org.teavm.asm.Opcodes.ACC_STATIC;
import static org.teavm.asm.Opcodes.ACC_SUPER;
import static org.teavm.asm.Opcodes.ALOAD;
import static org.teavm.asm.Opcodes.ARRAYLENGTH;
import static org.teavm.asm.Opcodes.ASTORE;
import static org.teavm.asm.Opcodes.ATHROW;
import static org.teavm.asm.Opcodes.DUP;
import static org.teavm.asm.Opcodes.GOTO;
import static org.teavm.asm.Opcodes.ICONST_0;
import static org.teavm.asm.Opcodes.IFEQ;
import static org.teavm.asm.Opcodes.INVOKESPECIAL;
import static org.teavm.asm.Opcodes.INVOKESTATIC;
import static org.teavm.asm.Opcodes.INVOKEVIRTUAL;
import static org.teavm.asm.Opcodes.NEW;
import static org.teavm.asm.Opcodes.RETURN;
import static org.teavm.asm.Opcodes.V1_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.teavm.asm.ClassWriter;
import org.teavm.asm.Label;
import org.teavm.asm.MethodVisitor;
import org.teavm.asm.Type;

/**
 * Writes the site's entry point, the one {@code main} TeaVM compiles for all the site's apps: it runs
 * the app its first argument names (each page passes its own name; none runs the first app). As Java:
 * <pre>{@code
 * public static void main(String[] args) {
 *     String name = args.length > 0 ? args[0] : "first";
 *     if ("first".equals(name)) { InPage.run(First.app()); return; }
 *     ...
 *     throw new IllegalArgumentException("no app of this site is named: ".concat(name));
 * }}</pre>
 * One compilation for all apps: TeaVM's time goes into core, which they share.
 */
final class SiteMain {

    /** The generated class's name. */
    static final String CLASS_NAME = "org.panel4j.convert.generated.SiteMain";

    private static final String IN_PAGE = "org/panel4j/browser/InPage";

    private SiteMain() {}

    /** Writes the class file under {@code classes} (a class path folder) for {@code apps}, each with a factory. */
    static void write(List<AppEntry> apps, Path classes) {
        Path file = classes.resolve(CLASS_NAME.replace('.', '/') + ".class");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes(apps));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(List<AppEntry> apps) {
        var writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        writer.visit(V1_8, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, CLASS_NAME.replace('.', '/'), null, "java/lang/Object", null);
        MethodVisitor main = writer.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        main.visitCode();
        var none = new Label();
        var dispatch = new Label();
        main.visitVarInsn(ALOAD, 0);
        main.visitInsn(ARRAYLENGTH);
        main.visitJumpInsn(IFEQ, none);
        main.visitVarInsn(ALOAD, 0);
        main.visitInsn(ICONST_0);
        main.visitInsn(AALOAD);
        main.visitVarInsn(ASTORE, 1);
        main.visitJumpInsn(GOTO, dispatch);
        main.visitLabel(none);
        main.visitLdcInsn(apps.getFirst().spec().name());
        main.visitVarInsn(ASTORE, 1);
        main.visitLabel(dispatch);
        for (AppEntry app : apps) {
            Method factory = Objects.requireNonNull(app.factory(), "an app with its own main is converted alone");
            var next = new Label();
            main.visitLdcInsn(app.spec().name());
            main.visitVarInsn(ALOAD, 1);
            main.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
            main.visitJumpInsn(IFEQ, next);
            Class<?> owner = factory.getDeclaringClass();
            main.visitMethodInsn(INVOKESTATIC, Type.getInternalName(owner), factory.getName(),
                    Type.getMethodDescriptor(factory), owner.isInterface());
            main.visitMethodInsn(INVOKESTATIC, IN_PAGE, "run", "(Lorg/panel4j/App;)V", false);
            main.visitInsn(RETURN);
            main.visitLabel(next);
        }
        main.visitTypeInsn(NEW, "java/lang/IllegalArgumentException");
        main.visitInsn(DUP);
        main.visitLdcInsn("no app of this site is named: ");
        main.visitVarInsn(ALOAD, 1);
        main.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
        main.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>", "(Ljava/lang/String;)V", false);
        main.visitInsn(ATHROW);
        main.visitMaxs(0, 0);
        main.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
