package org.panel4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panel4j.session.Session;
import org.teavm.model.ClassReaderSource;

/**
 * Core stays portable to the browser (docs/decisions/0026-browser-build-with-teavm.md): every reference
 * from core's classes to the JDK or a library must be one TeaVM 0.16.0 can compile, or be named in
 * {@code teavm-allowlist.txt} with the reason it is fine (the browser module supplies it, or the library
 * compiles as is).
 *
 * <p>References are resolved in TeaVM's own view of the class path (its class library standing in for
 * the JDK), the way its compiler resolves them; the scan takes a few seconds.
 */
class TeaVmPortabilityTest {

    private static final String ALLOWLIST = "/org/panel4j/architecture/teavm-allowlist.txt";

    private static ClassReaderSource teavm;
    private static Map<String, Set<String>> problems;
    private static List<AllowEntry> allowlist;

    @BeforeAll
    static void scanCore() throws IOException, URISyntaxException {
        teavm = PortabilityScan.teavmView();
        Path classes = Path.of(Session.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", ""))
                    .filter(TeaVmPortabilityTest::shipsToTheBrowser)
                    .filter(name -> !name.endsWith("package-info"))
                    .toList();
        }
        problems = new PortabilityScan(teavm).scan(names);
        allowlist = AllowEntry.read(TeaVmPortabilityTest.class.getResourceAsStream(ALLOWLIST));
    }

    /** {@code org.panel4j.testing} is JVM test support (JUnit-side mirrors and a manual clock), never on a page. */
    private static boolean shipsToTheBrowser(String className) {
        return !className.startsWith("org.panel4j.testing.");
    }

    @Test
    void everyReferenceOfCoreIsInTeaVmsClassLibraryOrAllowListed() {
        List<String> unexplained = problems.entrySet().stream()
                .filter(problem -> allowlist.stream().noneMatch(entry -> entry.covers(problem)))
                .map(problem -> problem.getKey() + " in " + problem.getValue())
                .toList();
        assertThat(unexplained)
                .as("references TeaVM 0.16.0 cannot compile (keep core portable, or supply the member in the"
                        + " browser module and list it in %s with the reason)", ALLOWLIST)
                .isEmpty();
    }

    @Test
    void everyAllowListEntryIsStillNeeded() {
        List<String> stale = allowlist.stream()
                .filter(entry -> problems.keySet().stream().noneMatch(entry::matches))
                .map(AllowEntry::line)
                .toList();
        assertThat(stale).as("entries of %s that core no longer needs", ALLOWLIST).isEmpty();
    }

    @Test
    void theScanSeesAForbiddenReference() {
        Map<String, Set<String>> found = new PortabilityScan(teavm).scan(List.of(NotPortable.class.getName()));
        assertThat(found).containsKeys(
                "java.util.concurrent.locks.ReentrantLock",
                "java.lang.Thread#ofVirtual()Ljava/lang/Thread$Builder$OfVirtual;",
                "java.util.HexFormat");
    }

    /** What the scan must flag: JDK members TeaVM's class library lacks. */
    static final class NotPortable {
        Object use() {
            var lock = new java.util.concurrent.locks.ReentrantLock();
            lock.lock();
            return Thread.ofVirtual().unstarted(() -> java.util.HexFormat.of());
        }
    }

    /**
     * One allow-list line: what ({@code a.b.} a package, {@code a.b.C} a class, {@code a.b.C#m} a member),
     * optionally {@code @ a.b.D}: only class D (and its nested classes) may refer to it; then {@code #}
     * and why it is fine.
     */
    record AllowEntry(String line, String pattern, String onlyIn, String reason) {

        static List<AllowEntry> read(InputStream in) throws IOException {
            assertThat(in).as(ALLOWLIST).isNotNull();
            List<AllowEntry> entries = new ArrayList<>();
            try (in) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    int hash = trimmed.indexOf(" #");
                    assertThat(hash).as("allow-list line without a reason: %s", trimmed).isPositive();
                    String reason = trimmed.substring(hash + 2).strip();
                    assertThat(reason).as("allow-list line without a reason: %s", trimmed).isNotEmpty();
                    String what = trimmed.substring(0, hash).strip();
                    int at = what.indexOf(" @ ");
                    entries.add(at < 0 ? new AllowEntry(trimmed, what, "", reason)
                            : new AllowEntry(trimmed, what.substring(0, at).strip(), what.substring(at + 3).strip(),
                                    reason));
                }
            }
            return entries;
        }

        /** Whether this entry explains {@code problem} (what is missing → the classes that refer to it). */
        boolean covers(Map.Entry<String, Set<String>> problem) {
            return matches(problem.getKey()) && (onlyIn.isEmpty() || problem.getValue().stream().allMatch(onlyIn::equals));
        }

        /**
         * {@code a.b.} matches every class of that package and below, {@code a.b.C} the class and its members,
         * {@code a.b.C#m} the member under any descriptor.
         */
        boolean matches(String problem) {
            if (pattern.endsWith(".")) {
                return problem.startsWith(pattern);
            }
            if (pattern.contains("#")) {
                return problem.equals(pattern) || problem.startsWith(pattern + "(");
            }
            return problem.equals(pattern) || problem.startsWith(pattern + "#");
        }
    }
}
