package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.layout.Template;
import org.panel4j.layout.Theme;
import org.panel4j.widget.Button;
import org.panel4j.widget.Select;
import org.panel4j.widget.StaticText;

/**
 * The page shell in Chromium at 1280 and 390 px wide, light and dark: the sidebar collapses from the
 * menu button (a drawer on a phone, closed by Escape), the header's toggle switches the theme and the
 * server sees it, the system's preference applies until then, values set on the server show.
 * Screenshots: {@code target/screenshots/template-*}.
 */
class TemplateBrowserTest {

    private static final List<Template> BUILT = new CopyOnWriteArrayList<>();

    private static final App SHELL = session -> {
        var template = new Template("Operations");
        var light = new Button("Light");
        light.onClick(event -> template.setTheme(Theme.LIGHT));
        var accent = new Button("Accent");
        accent.onClick(event -> template.setAccent("#aa3366"));
        var notify = new Button("Notify");
        notify.onClick(event -> session.notifications().info("Saved", Duration.ZERO));
        template.header().add(light, accent, notify);
        var service = new Select(List.of("api", "billing", "search"));
        service.setName("Service");
        template.sidebar().add("### Filters", service);
        template.main().add("## Service health\nRequests, errors and latency of the chosen service.",
                new StaticText("all good"));
        BUILT.add(template);
        return template;
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/shell", SHELL)));

    @AfterEach
    void reset() {
        Browser browser = SETUP.browser();
        browser.driver().manage().window().setSize(new Dimension(1100, 760));
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @Test
    void atDesktopWidth_theMenuCollapsesTheSidebar_andTheToggleSwitchesTheTheme_andTheServerSeesBoth() {
        Browser browser = SETUP.browser();
        browser.driver().manage().window().setSize(new Dimension(1280, 800));
        Template template = open(browser);
        assertThat(browser.driver().getTitle()).isEqualTo("Operations");
        WebElement sidebar = browser.driver().findElement(By.cssSelector(".p4j-template-sidebar"));
        assertThat(sidebar.isDisplayed()).isTrue();
        assertThat(theme(browser)).isEqualTo("light");
        browser.screenshot("template-1280-light");

        browser.driver().findElement(By.cssSelector(".p4j-template-menu")).click();
        browser.await("the server to see the sidebar closed", d -> !template.isSidebarOpen());
        assertThat(sidebar.isDisplayed()).isFalse();

        browser.driver().findElement(By.cssSelector(".p4j-template-theme")).click();
        browser.await("the server to see the dark theme", d -> template.getTheme() == Theme.DARK);
        assertThat(theme(browser)).isEqualTo("dark");
        assertThat(browser.js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(17, 20, 24)");
        browser.driver().findElement(By.cssSelector(".p4j-template-menu")).click();
        browser.await("the server to see the sidebar open", d -> template.isSidebarOpen());
        browser.screenshot("template-1280-dark");

        browser.button("Light").click();
        browser.await("the theme the server set", d -> "light".equals(theme(browser)));
        browser.button("Accent").click();
        browser.await("the accent the server set", d -> "#aa3366".equals(
                browser.js("return document.documentElement.style.getPropertyValue('--p4j-primary')")));

        browser.button("Notify").click();
        WebElement toast = browser.await("the notification", d -> d.findElements(By.cssSelector(".p4j-toast")).stream()
                .filter(t -> t.getText().contains("Saved")).findFirst().orElse(null));
        long headerBottom = (Long) browser.js("return Math.round(document.querySelector('.p4j-template-header').getBoundingClientRect().bottom)");
        assertThat(toast.getRect().getY()).as("the toast sits below the template's header").isGreaterThanOrEqualTo((int) headerBottom);
        browser.screenshot("template-1280-notification");
        toast.findElement(By.cssSelector(".p4j-toast-close")).click();
        browser.await("the dismissed notification to go", d -> d.findElements(By.cssSelector(".p4j-toast")).isEmpty());

        for (int i = 0; i < 7; i++) {
            browser.button("Notify").click();
        }
        Button notify = (Button) template.header().getChildren().get(2);
        browser.await("seven more clicks to reach the server", d -> notify.getClicks() == 8);
        browser.await("the newest five toasts, no more", d -> d.findElements(By.cssSelector(".p4j-toast")).size() == 5);
    }

    @Test
    void theSystemsDarkPreference_appliesUntilTheUserPicks() {
        Browser browser = SETUP.browser();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        Template template = open(browser);
        assertThat(template.getTheme()).isEqualTo(Theme.SYSTEM);
        assertThat(theme(browser)).isEqualTo("dark");
        browser.driver().findElement(By.cssSelector(".p4j-template-theme")).click();
        browser.await("the server to see the light theme", d -> template.getTheme() == Theme.LIGHT);
        assertThat(theme(browser)).isEqualTo("light");
    }

    @Test
    void atPhoneWidth_theSidebarIsADrawer_openedByTheMenu_closedByEscape_andNothingOverflows() {
        Browser browser = SETUP.browser();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        Template template = open(browser);
        WebElement sidebar = browser.driver().findElement(By.cssSelector(".p4j-template-sidebar"));
        assertThat(sidebar.isDisplayed()).as("the drawer starts closed").isFalse();
        assertThat(overflow(browser)).isLessThanOrEqualTo(0L);
        browser.screenshot("template-390-light");

        WebElement menu = browser.driver().findElement(By.cssSelector(".p4j-template-menu"));
        menu.click();
        browser.await("the drawer to open", d -> sidebar.isDisplayed());
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(template.isSidebarOpen()).as("the phone's drawer is the page's own state").isTrue();
        browser.screenshot("template-390-drawer");
        sidebar.findElement(By.cssSelector("select")).sendKeys(Keys.ESCAPE);
        browser.await("Escape to close the drawer", d -> !sidebar.isDisplayed());

        browser.driver().findElement(By.cssSelector(".p4j-template-theme")).click();
        browser.await("the server to see the dark theme", d -> template.getTheme() == Theme.DARK);
        assertThat(overflow(browser)).isLessThanOrEqualTo(0L);
        browser.screenshot("template-390-dark");
    }

    private static Template open(Browser browser) {
        int built = BUILT.size();
        browser.open(SETUP.server().url("/shell"));
        return BUILT.get(built);
    }

    private static String theme(Browser browser) {
        return (String) browser.js("return document.documentElement.dataset.theme");
    }

    private static long overflow(Browser browser) {
        return (Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }
}
