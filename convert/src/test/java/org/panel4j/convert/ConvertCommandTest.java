package org.panel4j.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panel4j.App;
import picocli.CommandLine;

/**
 * The command's arguments and the checks made before TeaVM runs: each mistake gets a clear message and
 * an exit code, and writes nothing. The real conversion is the build's example site (ExampleSiteTest).
 */
class ConvertCommandTest {

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    /** Not an app: neither app() nor main. */
    public static final class NotAnApp {
        public static String hello() {
            return "hello";
        }
    }

    /** Its app() is not static. */
    public static final class InstanceApp {
        public App app() {
            return session -> null;
        }
    }

    /** Two apps, through named methods. */
    public static final class TwoApps {
        public static App first() {
            return session -> null;
        }

        public static String notAnApp() {
            return "";
        }
    }

    /** An app with its own main. */
    public static final class WithMain {
        public static void main(String[] args) {}
    }

    private int run(String... args) {
        var command = new CommandLine(new ConvertCommand());
        command.setErr(new PrintWriter(err, true));
        command.setOut(new PrintWriter(new StringWriter(), true));
        return command.execute(args);
    }

    private String out() {
        return "--out=" + temp.resolve("site");
    }

    @Test
    void noApp_orNoOut_isAUsageError() {
        assertThat(run(out())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'APP'");
        assertThat(run(TwoApps.class.getName() + "::first")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=FOLDER'");
    }

    @Test
    void anUnknownTarget_isAUsageError() {
        assertThat(run("--target=c", out(), TwoApps.class.getName() + "::first")).isEqualTo(2);
        assertThat(err.toString()).contains("--target must be js or wasm, not 'c'");
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void aMalformedApp_isAUsageError() {
        assertThat(run(out(), "Bad Name=a.B")).isEqualTo(2);
        assertThat(err.toString()).contains("app name 'Bad Name' must be");
    }

    @Test
    void aMissingClass_isNamed() {
        assertThat(run(out(), "com.example.Missing")).isEqualTo(1);
        assertThat(err.toString()).contains("convert: no class com.example.Missing on the class path");
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void aClassThatIsNotAnApp_saysWhatAnAppIs() {
        assertThat(run(out(), NotAnApp.class.getName())).isEqualTo(1);
        assertThat(err.toString()).contains(NotAnApp.class.getName() + " is not an app: it has neither a public static"
                + " method app() returning org.panel4j.App nor a main(String[])");
        assertThat(run(out(), InstanceApp.class.getName())).isEqualTo(1);
        assertThat(run(out(), TwoApps.class.getName() + "::notAnApp")).isEqualTo(1);
        assertThat(err.toString()).contains("::notAnApp is not an app: it must be a public static method without"
                + " parameters returning org.panel4j.App");
        assertThat(run(out(), TwoApps.class.getName() + "::missing")).isEqualTo(1);
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void twoAppsOfOneName_orAMainAmongOthers_areRefused() {
        String first = TwoApps.class.getName() + "::first";
        assertThat(run(out(), "a=" + first, "a=" + first)).isEqualTo(1);
        assertThat(err.toString()).contains("two apps are named 'a'");
        assertThat(run(out(), "a=" + first, WithMain.class.getName())).isEqualTo(1);
        assertThat(err.toString()).contains("is converted alone");
    }

    @Test
    void aFolderHoldingSomethingElse_isNotOverwritten() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Path precious = Files.writeString(site.resolve("notes.txt"), "mine");
        assertThat(run(out(), TwoApps.class.getName() + "::first")).isEqualTo(1);
        assertThat(err.toString()).contains("is not empty and is no site written by convert");
        assertThat(precious).hasContent("mine");
    }
}
