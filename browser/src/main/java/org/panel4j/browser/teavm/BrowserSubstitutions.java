package org.panel4j.browser.teavm;

import java.util.Set;
import java.util.function.Predicate;
import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells the TeaVM compiler where the page's versions of classes are (TeaVM's class-substitution
 * extension point, found through {@code META-INF/services}): a JDK class TeaVM lacks is read from
 * {@code org.panel4j.browser.jdk.<its name>}, and the few JVM-only classes of core and SLF4J from
 * {@code org.panel4j.browser.swap.<its name>}. A class with no such version is compiled as it is.
 * Read by the compiler only; never part of the page.
 */
public final class BrowserSubstitutions extends SimpleSubstitutionPolicy {

    /** Where supplied JDK classes live. */
    public static final String JDK = "org.panel4j.browser.jdk.";
    /** Where swapped classes live. */
    public static final String SWAP = "org.panel4j.browser.swap.";
    /** The classes swapped, each for the class of the same name under {@link #SWAP}. */
    public static final Set<String> SWAPPED = Set.of("org.panel4j.session.internal.Threads",
            "org.panel4j.session.SystemScheduler", "org.slf4j.LoggerFactory");

    /** The policy; made by the compiler. */
    public BrowserSubstitutions() {}

    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(inPackage("java", true)).packagePrefix(JDK);
        sink.selectClasses(swapped()).packagePrefix(SWAP);
    }

    private static Predicate<String> swapped() {
        return name -> SWAPPED.contains(name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
    }
}
