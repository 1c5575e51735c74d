package org.panel4j.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientInputException.Code;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/** The page shell: its three areas reach the page, the user's toggles reach the server, bad values are refused. */
class TemplateTest {

    @Test
    void itsAreas_areItsChildren_andWhatTheyHoldReachesThePage() {
        var template = new Template("Ops");
        var action = new Button("Refresh");
        var filter = new StaticText("filters");
        var chart = new StaticText("chart");
        template.header().add(action);
        template.sidebar().add(filter);
        template.main().add(chart);
        assertThat(template.children()).containsExactly(template.header(), template.sidebar(), template.main());
        try (var page = TestSession.open(session -> template)) {
            var later = new StaticText("added later");
            template.main().add(later);
            page.awaitClientValue(later, "value", "added later"::equals, Duration.ofSeconds(5));
            assertThat(page.clientValue(chart, "value")).isEqualTo("chart");
            assertThat(page.clientValue(template, "title")).isEqualTo("Ops");
        }
    }

    @Test
    void theUsersThemeToggleAndSidebarButton_setThemeAndSidebarOpen_butNotTheRest() {
        var template = new Template("Ops");
        try (var page = TestSession.open(session -> template)) {
            page.set(template, "theme", "dark");
            page.set(template, "sidebarOpen", false);
            assertThat(template.getTheme()).isEqualTo(Theme.DARK);
            assertThat(template.isSidebarOpen()).isFalse();
            assertThatThrownBy(() -> page.set(template, "theme", "sepia"))
                    .isInstanceOfSatisfying(ClientInputException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_VALUE));
            for (String prop : new String[] {"title", "accent", "logo", "look"}) {
                assertThatThrownBy(() -> page.set(template, prop, "x")).as(prop)
                        .isInstanceOfSatisfying(ClientInputException.class, e -> assertThat(e.code()).isEqualTo(Code.NOT_WRITABLE));
            }
            assertThat(template.getTheme()).isEqualTo(Theme.DARK);
        }
    }

    @Test
    void accentAndLogo_takeOnlyWhatIsSafeInThePage() {
        var template = new Template();
        template.setAccent("#AA3366");
        template.setLogo("/static/logo.svg");
        template.setLogo("https://example.com/logo.png");
        template.setLogo("data:image/png;base64,iVBORw0KGgo=");
        template.setLogo("");
        assertThatThrownBy(() -> template.setAccent("red; background: url(x)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#0072b5");
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "//evil.example/x.png",
                "/x.png\" onerror=\"alert(1)"}) {
            assertThatThrownBy(() -> template.setLogo(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> template.setSidebarWidth(5000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(template.getAccent()).isEqualTo("#AA3366");
    }
}
