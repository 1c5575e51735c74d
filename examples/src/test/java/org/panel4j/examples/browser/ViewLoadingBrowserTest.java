package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.panel4j.App;
import org.panel4j.component.Component;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.layout.Column;
import org.panel4j.param.Param;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.plot.Figure;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * View modules in Chromium (docs/decisions/0015-views-by-type-name.md): a page downloads the modules of
 * the view types it shows and no others (no uPlot without a plot); a patch bringing a new type waits
 * for its module, and what came after it waits too; a view type without a module, and a prop a view
 * does not know, are console errors.
 */
class ViewLoadingBrowserTest {

    private static final String RESOURCES = "return performance.getEntriesByType('resource').map(e => e.name)";

    /** A button that adds a plot; the text says 'added' in the same callback, after the plot. */
    private static final App LATE_PLOT = session -> {
        var column = new Column();
        var text = new StaticText();
        var button = new Button("Add a plot");
        button.onClick(event -> {
            var figure = new Figure("late");
            figure.line(new ColumnDataSource(Map.of("x", new double[] {0, 1}, "y", new double[] {1, 2})), "x", "y");
            column.add(figure);
            text.setValue("added");
        });
        return new Column(button, text, column);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(), Map.of(
            "/late_plot", LATE_PLOT,
            "/misspelt", session -> new Misspelt(),
            "/nowhere", session -> new Column(new Nowhere("NoSuchView"), new Nowhere("../core"), new Button("after")))));

    @Test
    void aPageWithoutAPlot_downloadsNeitherUPlotNorTheFigureView() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/async_click"));
        List<String> loaded = resources(browser);
        assertThat(loaded).anyMatch(url -> url.endsWith("/views/Button.js"))
                .anyMatch(url -> url.endsWith("/views/StaticText.js"))
                .noneMatch(url -> url.toLowerCase().contains("uplot"))
                .noneMatch(url -> url.endsWith("/views/Figure.js"));
    }

    @Test
    void aPageWithAPlot_downloadsUPlot() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/async_stream"));
        assertThat(resources(browser)).anyMatch(url -> url.endsWith("/views/Figure.js"))
                .anyMatch(url -> url.endsWith("/uplot/dist/uPlot.esm.js"));
    }

    @Test
    void aPatchBringingAPlot_loadsUPlotThen_andWhatCameAfterWaitsForIt() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/late_plot"));
        assertThat(resources(browser)).noneMatch(url -> url.toLowerCase().contains("uplot"));
        browser.js("""
                const text = document.querySelector('.p4j-static-text-value');
                new MutationObserver(() => {
                  if (text.textContent === 'added') window.__figureWhenAdded = !!document.querySelector('figure.p4j-Figure');
                }).observe(text, { childList: true, characterData: true, subtree: true });
                """);
        browser.button("Add a plot").click();
        browser.await("the text to say 'added'", d -> browser.js("return window.__figureWhenAdded") != null);
        assertThat(browser.js("return window.__figureWhenAdded")).as("the figure was there when the text changed")
                .isEqualTo(true);
        browser.await("the plot drawn", d -> Boolean.TRUE.equals(browser.js(
                "return [...window.panel4j.views.values()].some(v => v.type === 'Figure' && v.stats?.().draws > 0)")));
        assertThat(resources(browser)).anyMatch(url -> url.endsWith("/uplot/dist/uPlot.esm.js"));
    }

    @Test
    void aPropTheViewDoesNotKnow_isOneConsoleError() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/misspelt"));
        assertThat(browser.js("return document.querySelector('.p4j-Button').textContent")).isEqualTo("shown");
        assertThat(browser.pageErrors()).containsExactly("Button has no prop \"nmae\"");
        browser.clearPageErrors();
    }

    @Test
    void aTypeWithoutAModule_showsTheUnknownView_andIsOneConsoleErrorEach() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/nowhere"));
        assertThat(browser.js("return [...document.querySelectorAll('.p4j-unknown')].map(e => e.textContent)"))
                .isEqualTo(List.of("No view for type NoSuchView", "No view for type ../core"));
        assertThat(browser.button("after").isDisplayed()).isTrue();
        assertThat(browser.pageErrors()).satisfiesExactlyInAnyOrder(
                error -> assertThat(error).matches(Pattern.quote("No view for type \"NoSuchView\": Failed to fetch dynamically imported module: "
                        + SETUP.server().url("/static/panel4j/v/")) + "[A-Za-z0-9._-]+/views/NoSuchView\\.js"),
                error -> assertThat(error).isEqualTo("No view for type \"../core\": not a view type name"));
        assertThat(resources(browser)).noneMatch(url -> url.contains("/views/..")).as("nothing else imported")
                .filteredOn(url -> url.endsWith("core.js")).hasSize(1);
        browser.clearPageErrors();
    }

    private static List<String> resources(Browser browser) {
        return ((List<?>) browser.js(RESOURCES)).stream().map(String::valueOf).toList();
    }

    /** A Button view with a misspelt prop besides its own. */
    static final class Misspelt extends Component {
        private final Param<String> name = Param.builder(this, "name", String.class).value("shown").build();
        private final Param<String> nmae = Param.builder(this, "nmae", String.class).value("typo").build();

        @Override
        public String viewType() {
            return "Button";
        }
    }

    /** A component whose view type has no module. */
    static final class Nowhere extends Component {
        private final String type;

        Nowhere(String type) {
            this.type = type;
        }

        @Override
        public String viewType() {
            return type;
        }
    }
}
