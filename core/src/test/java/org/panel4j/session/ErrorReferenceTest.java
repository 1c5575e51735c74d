package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;

/** What a user and the log see of a failing callback: a reference in the page, the details under it in the log. */
class ErrorReferenceTest {

    private static final Pattern SHOWN = Pattern.compile("Something went wrong\\. Reference: ([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})");

    @Test
    void byDefault_thePageShowsOnlyAReference_andTheLogHasTheDetailsUnderIt() {
        var button = new Button("Fail (sync)");
        button.onClick(event -> {
            throw new IllegalStateException("database unreachable");
        });
        String log;
        Notification shown;
        PrintStream err = System.err;
        var copy = new ByteArrayOutputStream();
        System.setErr(new PrintStream(copy, true, StandardCharsets.UTF_8));
        try (var page = TestSession.open(session -> button)) {
            page.click(button);
            page.awaitQuiet(Duration.ofSeconds(5));
            shown = page.client().notifications().getFirst();
        } finally {
            System.setErr(err);
            log = copy.toString(StandardCharsets.UTF_8);
            err.print(log);
        }
        assertThat(shown.level()).isEqualTo(Notification.Level.ERROR);
        assertThat(shown.message()).doesNotContain("database", "IllegalStateException");
        Matcher matcher = SHOWN.matcher(shown.message());
        assertThat(matcher.matches()).as(shown.message()).isTrue();
        String reference = matcher.group(1);
        assertThat(log).contains("Error " + reference + " in click callback of Button \"Fail (sync)\"#" + button.id())
                .contains("java.lang.IllegalStateException: database unreachable");
    }

    @Test
    void inDevMode_thePageShowsTheExceptionAndTheReference() {
        var button = new Button("Fail (sync)");
        button.onClick(event -> {
            throw new IllegalStateException("database unreachable");
        });
        try (var host = SessionHost.create(c -> c.devMode(true));
             var page = TestSession.open(session -> button, host)) {
            page.click(button);
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(page.client().notifications()).singleElement().satisfies(shown -> assertThat(shown.message())
                    .matches("IllegalStateException: database unreachable \\(reference [0-9A-Z]{4}-[0-9A-Z]{4}\\)"));
        }
    }
}
