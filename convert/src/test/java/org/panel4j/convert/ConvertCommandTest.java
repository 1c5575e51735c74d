package org.panel4j.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panel4j.App;

/**
 * The command's arguments and the checks made before TeaVM runs: each mistake gets a clear message and
 * an exit code, and writes nothing. The real conversion is the build's example site (ExampleSiteTest).
 */
class ConvertCommandTest {

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();
    private final StringWriter output = new StringWriter();

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
        return new ConvertCommand().execute(new PrintWriter(output, true), new PrintWriter(err, true), args);
    }

    private String out() {
        return "--out=" + temp.resolve("site");
    }

    @Test
    void noApp_orNoOut_isAUsageError() {
        assertThat(run(out())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'APP'", "Usage: convert");
        assertThat(run(TwoApps.class.getName() + "::first")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=FOLDER'");
    }

    @Test
    void anUnknownTarget_isAUsageError() {
        assertThat(run("--target=c", out(), TwoApps.class.getName() + "::first")).isEqualTo(2);
        assertThat(err.toString()).contains("--target must be js or wasm, not 'c'", "Usage: convert");
        assertThat(temp.resolve("site")).doesNotExist();
        assertThat(run("--target", "x".repeat(1000), out(), TwoApps.class.getName() + "::first")).isEqualTo(2);
        assertThat(err.toString()).contains("not '" + "x".repeat(40) + "…'").doesNotContain("x".repeat(41));
    }

    @Test
    void options_takeTheirValueAfterASpaceOrAnEqualsSign_andHaveDefaults() {
        var spaced = ConvertOptions.parse("a=" + TwoApps.class.getName() + "::first", "--target", "wasm", "-o", "site",
                "--title", "Mine", WithMain.class.getName());
        assertThat(spaced.apps()).extracting(AppSpec::name).containsExactly("a", "with_main");
        assertThat(spaced.target()).isEqualTo(Target.WASM);
        assertThat(spaced.out()).isEqualTo(Path.of("site"));
        assertThat(spaced.title()).isEqualTo("Mine");
        var joined = ConvertOptions.parse("--out=site", "--title=Mine", "--target=wasm", WithMain.class.getName());
        assertThat(joined.out()).isEqualTo(Path.of("site"));
        assertThat(joined.title()).isEqualTo("Mine");
        assertThat(joined.target()).isEqualTo(Target.WASM);
        var defaults = ConvertOptions.parse("--out", "site", WithMain.class.getName());
        assertThat(defaults.target()).isEqualTo(Target.JS);
        assertThat(defaults.title()).isEqualTo("panel4j apps");
    }

    @Test
    void anUnknownOption_aPrefix_aMissingValue_orAnOptionTwice_isAUsageError() {
        String app = TwoApps.class.getName() + "::first";
        assertThat(run(out(), "--verbose", app)).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--verbose'");
        assertThat(run(out(), "--tit=x", app)).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--tit=x'");
        assertThat(run(app, "--out")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing value for option '--out' (FOLDER)");
        assertThat(run(out(), "--title=a", "--title=b", app)).isEqualTo(2);
        assertThat(err.toString()).contains("Option '--title' should be given only once");
        assertThatThrownBy(() -> ConvertOptions.parse("--out", "a\0b", app))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'--out'");
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void help_listsTheOptions_onStandardOutput_andExitsWith0() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(output.toString()).contains("Usage: convert [OPTIONS] APP...", "[name=]class[::method]", "--target",
                "-o,--out <FOLDER>", "--title");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aMalformedApp_isAUsageError() {
        assertThat(run(out(), "Bad Name=a.B")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for APP 'Bad Name=a.B': app name 'Bad Name' must be");
        assertThat(temp.resolve("site")).doesNotExist();
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
