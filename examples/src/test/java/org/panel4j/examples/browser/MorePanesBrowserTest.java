package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.panel4j.App;
import org.panel4j.bind.Param;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.layout.Column;
import org.panel4j.layout.FloatPanel;
import org.panel4j.pane.ECharts;
import org.panel4j.pane.LaTeX;
import org.panel4j.pane.Str;
import org.panel4j.param.Parameterized;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * Issue 14's remaining panes in Chromium: the Param pane in step with its object both ways, an
 * ECharts chart drawn and following the server; no page errors, no horizontal overflow at 390 px.
 */
class MorePanesBrowserTest {

    /** The object the Param pane shows. */
    static final class Settings extends Parameterized {
        final org.panel4j.param.Param<Integer> count = org.panel4j.param.Param.builder(this, "count", Integer.class)
                .value(3).bounds(() -> 0, () -> 10).build();
        final org.panel4j.param.Param<Boolean> active = org.panel4j.param.Param.builder(this, "active", Boolean.class)
                .value(true).build();
        final org.panel4j.param.Param<String> size = org.panel4j.param.Param.builder(this, "size", String.class)
                .value("M").allowed(() -> List.of("S", "M", "L")).build();
        final org.panel4j.param.Param<String> userName = org.panel4j.param.Param.builder(this, "userName", String.class)
                .value("ada").build();

        String state() {
            return "count=" + count.get() + " active=" + active.get() + " size=" + size.get() + " name=" + userName.get();
        }
    }

    private static Map<String, Object> sales(String title, List<Integer> values) {
        return Map.of("title", Map.of("text", title),
                "xAxis", Map.of("type", "category", "data", List.of("Mon", "Tue", "Wed", "Thu")),
                "yAxis", Map.of("type", "value"),
                "tooltip", Map.of("formatter", "<img src=x onerror=window.__xss.push(1)>{b}"),
                "series", List.of(Map.of("type", "bar", "name", "<b>bold</b>", "data", values)));
    }

    private static final App MORE = session -> {
        var settings = new Settings();
        var pane = new Param(settings);
        var state = new StaticText(settings.state());
        state.setCssClasses(List.of("state"));
        for (var param : settings.params()) {
            param.watch(change -> state.setValue(settings.state()));
        }
        var serverChange = new Button("Server change");
        serverChange.onClick(event -> {
            settings.count.set(7);
            settings.active.set(false);
            settings.size.set("S");
            settings.userName.set("grace");
        });
        var chart = new ECharts(sales("Sales", List.of(5, 20, 36, 10)));
        var newData = new Button("New data");
        newData.onClick(event -> chart.setObject(sales("Sales again", List.of(1, 2, 3, 4))));
        var latex = new LaTeX("Euler: $$e^{i\\pi} + 1 = 0$$ and <img src=x onerror=window.__xss.push(2)> $\\frac{a}{b}$");
        var newMath = new Button("New math");
        newMath.onClick(event -> latex.setObject("Now $\\sqrt[3]{x_1^2}$"));
        var tools = new FloatPanel("Tools", new Str("inside the float panel"));
        var toolsState = new StaticText("status=normal");
        toolsState.setCssClasses(List.of("tools-state"));
        tools.statusProperty().watch(change -> toolsState.setValue("status=" + change.newValue()));
        var reopen = new Button("Reopen tools");
        reopen.onClick(event -> tools.setStatus("normal"));
        return new Column(pane, state, serverChange, chart, newData, latex, newMath, toolsState, reopen, tools);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(), Map.of("/more", MORE)));

    @AfterEach
    void restoreWindow() {
        SETUP.browser().driver().manage().window().setSize(new Dimension(1100, 760));
    }

    @Test
    void paramPane_setsTheObject_andFollowsIt() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/more"));
        assertThat(browser.js("return document.querySelector('.p4j-param-title').textContent")).isEqualTo("Settings");
        assertThat(state(browser)).isEqualTo("count=3 active=true size=M name=ada");

        browser.driver().findElement(By.cssSelector(".p4j-param .p4j-checkbox input")).click();
        browser.await("the object to follow the checkbox", d -> state(browser).contains("active=false"));
        new Select(browser.driver().findElement(By.cssSelector(".p4j-param select"))).selectByVisibleText("L");
        browser.await("the object to follow the select", d -> state(browser).contains("size=L"));
        var name = browser.driver().findElement(By.cssSelector(".p4j-param input[type=text], .p4j-param .p4j-input:not([type])"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "lin", Keys.ENTER);
        browser.await("the object to follow the text", d -> state(browser).contains("name=lin"));
        browser.js("const s = document.querySelector('.p4j-param input[type=range]');"
                + " s.value = '9'; s.dispatchEvent(new Event('input', {bubbles: true})); s.dispatchEvent(new Event('change', {bubbles: true}));");
        browser.await("the object to follow the slider", d -> state(browser).contains("count=9"));

        browser.button("Server change").click();
        browser.await("the widgets to follow the object", d -> "7 false S grace".equals(browser.js("""
                const q = (s) => document.querySelector('.p4j-param ' + s);
                return [q('input[type=range]').value, q('.p4j-checkbox input').checked, q('select').selectedOptions[0].textContent,
                        q('input[type=text], .p4j-input:not([type])').value].join(' ');""")));
        assertThat(state(browser)).isEqualTo("count=7 active=false size=S name=grace");
    }

    @Test
    void echarts_draws_andFollowsTheServer_withoutRunningItsStrings() {
        Browser browser = SETUP.browser();
        browser.onNewDocument("window.__xss = [];");
        browser.open(SETUP.server().url("/more"));
        browser.await("the chart drawn", d -> Boolean.TRUE.equals(browser.js(
                "const c = document.querySelector('.p4j-echarts canvas'); return !!c && c.width > 0")));
        assertThat(browser.js("return document.querySelector('.p4j-echarts').getAttribute('aria-label')")).isEqualTo("Sales");
        browser.button("New data").click();
        browser.await("the chart to follow the server", d -> "Sales again".equals(
                browser.js("return document.querySelector('.p4j-echarts').getAttribute('aria-label')")));
        var bar = browser.driver().findElement(By.cssSelector(".p4j-echarts canvas"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(bar).perform();
        assertThat(browser.js("return document.querySelectorAll('.p4j-echarts img, .p4j-echarts b').length")).isEqualTo(0L);
        assertThat(browser.js("return window.__xss.length")).isEqualTo(0L);
    }

    @Test
    void latex_rendersMathML_andShowsTheRestAsText() {
        Browser browser = SETUP.browser();
        browser.onNewDocument("window.__xss = [];");
        browser.open(SETUP.server().url("/more"));
        @SuppressWarnings("unchecked")
        var seen = (Map<String, Object>) browser.js("""
                const l = document.querySelector('.p4j-latex');
                return { maths: [...l.querySelectorAll('math')].map(m => m.getAttribute('display') + ':' + m.textContent).join(' | '),
                         fraction: l.querySelectorAll('mfrac').length, sup: l.querySelectorAll('msup').length,
                         drawn: l.querySelector('mfrac').getBoundingClientRect().height > 0,
                         text: l.textContent.includes('<img src=x'), active: l.querySelectorAll('img, script').length };""");
        assertThat(seen).containsOnly(Map.entry("maths", "block:eiπ+1=0 | inline:ab"), Map.entry("fraction", 1L),
                Map.entry("sup", 1L), Map.entry("drawn", true), Map.entry("text", true), Map.entry("active", 0L));
        browser.button("New math").click();
        browser.await("the math to follow the server", d -> Long.valueOf(1).equals(
                browser.js("return document.querySelectorAll('.p4j-latex mroot msubsup').length")));
        assertThat(browser.js("return window.__xss.length")).isEqualTo(0L);
        browser.js("document.querySelector('.p4j-latex').scrollIntoView()");
        browser.screenshot("more-panes-latex");
    }

    @Test
    void floatPanel_isDraggedMinimizedAndClosedByTheUser_andTheServerSeesIt() {
        Browser browser = SETUP.browser();
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open(SETUP.server().url("/more"));
        String box = "const r = document.querySelector('.p4j-float-panel').getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top)];";
        @SuppressWarnings("unchecked")
        var before = (List<Long>) browser.js(box);
        assertThat(before.get(0)).as("right-top: near the right edge").isGreaterThan(800L);
        var header = browser.driver().findElement(By.cssSelector(".p4j-float-panel-title"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).dragAndDropBy(header, -300, 200).perform();
        @SuppressWarnings("unchecked")
        var after = (List<Long>) browser.js(box);
        assertThat(after.get(0) - before.get(0)).isBetween(-305L, -295L);
        assertThat(after.get(1) - before.get(1)).isBetween(195L, 205L);

        browser.driver().findElement(By.cssSelector(".p4j-float-panel-minimize")).click();
        browser.await("the server to see it minimized", d -> "status=minimized".equals(toolsState(browser)));
        assertThat(browser.js("return document.querySelector('.p4j-float-panel-body').hidden")).isEqualTo(true);
        browser.driver().findElement(By.cssSelector(".p4j-float-panel-close")).click();
        browser.await("the server to see it closed", d -> "status=closed".equals(toolsState(browser)));
        assertThat(browser.js("return document.querySelector('.p4j-float-panel').getClientRects().length")).isEqualTo(0L);
        browser.button("Reopen tools").click();
        browser.await("the server to reopen it", d -> Boolean.FALSE.equals(
                browser.js("return document.querySelector('.p4j-float-panel').hidden")));
        assertThat(browser.js("return document.querySelector('.p4j-float-panel-body').hidden")).isEqualTo(false);
        assertThat(toolsState(browser)).isEqualTo("status=normal");
    }

    private static String toolsState(Browser browser) {
        return (String) browser.js("return document.querySelector('.tools-state .p4j-static-text-value').textContent");
    }

    @Test
    void rendersAt1280And390_withoutOverflow() {
        Browser browser = SETUP.browser();
        for (int width : new int[] {1280, 390}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.open(SETUP.server().url("/more"));
            browser.await("the chart drawn", d -> Boolean.TRUE.equals(browser.js("return !!document.querySelector('.p4j-echarts canvas')")));
            assertThat(browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("horizontal overflow at " + width).isEqualTo(0L);
            browser.screenshot("more-panes-" + width);
        }
    }

    private static String state(Browser browser) {
        return (String) browser.js("return document.querySelector('.state .p4j-static-text-value').textContent");
    }
}
