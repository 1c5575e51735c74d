package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.panel4j.App;
import org.panel4j.component.SizingMode;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.indicator.BooleanStatus;
import org.panel4j.indicator.ColorThreshold;
import org.panel4j.indicator.Gauge;
import org.panel4j.indicator.LinearGauge;
import org.panel4j.indicator.Number;
import org.panel4j.indicator.TooltipIcon;
import org.panel4j.indicator.Tqdm;
import org.panel4j.indicator.Trend;
import org.panel4j.layout.Accordion;
import org.panel4j.layout.Column;
import org.panel4j.layout.GridSpec;
import org.panel4j.layout.Modal;
import org.panel4j.layout.Placeholder;
import org.panel4j.layout.Row;
import org.panel4j.pane.Alert;
import org.panel4j.pane.Audio;
import org.panel4j.pane.JSON;
import org.panel4j.pane.Markdown;
import org.panel4j.pane.SVG;
import org.panel4j.pane.Str;
import org.panel4j.server.HttpRequest;
import org.panel4j.server.HttpResponse;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TextInput;

/**
 * Issue 14's panes, indicators and layouts in Chromium: sizing in a Row, indicators following the
 * server, the new gallery tabs rendering without errors or horizontal overflow, at 1280 and 390 px.
 */
class PanesLayoutsBrowserTest {

    /** A 300 px sidebar and a stretching column, in a 1200 px row and in a row as wide as the page. */
    private static final App SIZING = session -> {
        var fixedRow = new Row(sidebar(), main("main"));
        fixedRow.setWidth(1200);
        fixedRow.setCssClasses(List.of("fixed-row"));
        var fluidRow = new Row(sidebar(), main("fluid"));
        fluidRow.setSizingMode(SizingMode.STRETCH_WIDTH);
        return new Column(fixedRow, fluidRow);
    };

    private static Column sidebar() {
        var sidebar = new Column(new Str("sidebar"));
        sidebar.setWidth(300);
        sidebar.setCssClasses(List.of("sidebar"));
        return sidebar;
    }

    private static Column main(String name) {
        var main = new Column(new Markdown("| a | b |\n|---|---|\n| 1 | 2 |"));
        main.setSizingMode(SizingMode.STRETCH_WIDTH);
        main.setCssClasses(List.of(name));
        return main;
    }

    /** Indicators and a button that sets new values on the server. */
    private static final App INDICATORS = session -> {
        var number = new Number("CPU", 20, "{value:.1f} %").colors(ColorThreshold.of(50, "rgb(0, 128, 0)"),
                ColorThreshold.of(100, "rgb(255, 0, 0)"));
        var status = new BooleanStatus(false, "success");
        var trend = new Trend("Visits", List.of(100.0, 120.0));
        var gauge = new Gauge("Load", 25).colors(ColorThreshold.of(0.5, "rgb(0, 128, 0)"), ColorThreshold.of(1, "rgb(255, 0, 0)"));
        var linear = new LinearGauge("Level", 2).bounds(0, 10);
        var tqdm = new Tqdm(10);
        var change = new Button("Change");
        change.onClick(event -> {
            number.setValue(87.25);
            status.setValue(true);
            trend.append(90.0);
            gauge.setValue(90.0);
            linear.setValue(7.5);
            tqdm.setValue(4);
        });
        return new Column(new Row(number, status, trend), new Row(gauge, linear), tqdm, change);
    };

    /** Panes the server changes: JSON, Alert, SVG, Placeholder, and an Audio playing a served tone. */
    private static final App PANES = session -> {
        var json = new JSON(Map.of("outer", Map.of("inner", List.of(1, "two", true))));
        var alert = new Alert("**Heads up**", "warning");
        var svg = new SVG("<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'><rect width='40' height='20' fill='red'/></svg>");
        var slot = new Placeholder("first");
        var audio = new Audio("/picsum/tone.wav");
        audio.setMuted(true);                      // muted media may play without a user gesture
        var heard = new StaticText("paused=true");
        heard.setCssClasses(List.of("heard"));
        audio.pausedProperty().watch(change -> heard.setValue("paused=" + change.newValue()));
        var play = new Button("Play");
        play.onClick(event -> audio.setPaused(false));
        var change = new Button("Change panes");
        change.onClick(event -> {
            alert.setAlertType("danger");
            slot.update(new Str("second"));
            json.setDepth(-1);
        });
        return new Column(json, alert, svg, slot, audio, heard, play, change);
    };

    /** Accordion, GridSpec and Modal, with readouts of what the server holds and buttons that change it. */
    private static final App LAYOUTS = session -> {
        var accordion = new Accordion().addPanel("Alpha", new Str("a")).addPanel("Beta", new Str("b"))
                .addPanel("Gamma", new Str("c"));
        accordion.setActive(List.of(0));
        var opened = new StaticText("active=[0]");
        opened.setCssClasses(List.of("opened"));
        accordion.activeProperty().watch(change -> opened.setValue("active=" + change.newValue()));
        var onlyGamma = new Button("Only gamma");
        onlyGamma.onClick(event -> accordion.setActive(List.of(2)));
        var grid = new GridSpec().place(new Str("header"), 0, 0, 1, 3).place(new Str("side"), 1, 0, 2, 1)
                .place(new Str("main"), 1, 1, 2, 2);
        grid.setCssClasses(List.of("grid"));
        var modal = new Modal("Confirm", new TextInput("Reason"));
        var done = new Button("Done");
        done.onClick(event -> modal.hide());
        modal.add(done);
        var modalState = new StaticText("open=false");
        modalState.setCssClasses(List.of("modal-state"));
        modal.openProperty().watch(change -> modalState.setValue("open=" + change.newValue()));
        var open = new Button("Open modal");
        open.onClick(event -> modal.show());
        return new Column(accordion, opened, onlyGamma, grid, open, modalState, modal);
    };

    /** Every payload of {@link XssCorpus} through every text of the new components. */
    private static final App XSS = session -> {
        var all = new Column();
        for (String payload : XssCorpus.PAYLOADS) {
            var number = new Number(payload, 1);
            var trend = new Trend(payload, List.of(1.0, 2.0));
            var gauge = new Gauge(payload, 3);
            var linear = new LinearGauge(payload, 4);
            var accordion = new Accordion().addPanel(payload, new Str(payload));
            accordion.setActive(List.of(0));
            var modal = new Modal(payload, new Str(payload));
            all.add(number, trend, gauge, linear, new TooltipIcon(payload), new Alert(payload, "info"),
                    new JSON(Map.of(payload, List.of(payload))), accordion, modal);
        }
        return all;
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(PanesLayoutsBrowserTest::picsumOrTone,
            Map.of("/sizing", SIZING, "/indicators", INDICATORS, "/panes", PANES, "/layouts", LAYOUTS, "/xss", XSS)));

    private static final PicsumHandler PICSUM = new PicsumHandler();

    /** The picsum stand-in, and a one-second 440 Hz WAV at /picsum/tone.wav. */
    private static HttpResponse picsumOrTone(HttpRequest request) {
        return request.path().endsWith("/tone.wav") ? HttpResponse.ok("audio/wav", tone()) : PICSUM.handle(request);
    }

    private static byte[] tone() {
        int rate = 8000;
        int samples = rate;
        var wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2).put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000));
        }
        return wav.array();
    }

    @AfterEach
    void restoreWindow() {
        SETUP.browser().driver().manage().window().setSize(new Dimension(1100, 760));
    }

    @Test
    void stretchWidth_inARow_fillsWhatTheFixedSidebarLeaves() {
        Browser browser = SETUP.browser();
        browser.driver().manage().window().setSize(new Dimension(1400, 900));
        browser.open(SETUP.server().url("/sizing"));
        @SuppressWarnings("unchecked")
        var box = (Map<String, Object>) browser.js("""
                const r = (s) => document.querySelector(s).getBoundingClientRect();
                const row = r('.fixed-row'), side = r('.fixed-row > .sidebar'), main = r('.fixed-row > .main');
                return { row: row.width, side: side.width, mainWidth: main.width, beside: main.top === side.top,
                         gapLeft: main.left - side.right, table: !!document.querySelector('.main table') };
                """);
        assertThat(((java.lang.Number) box.get("row")).doubleValue()).isEqualTo(1200.0);
        assertThat(((java.lang.Number) box.get("side")).doubleValue()).isEqualTo(300.0);
        assertThat(box.get("beside")).as("the stretching column sits beside the sidebar").isEqualTo(true);
        assertThat(((java.lang.Number) box.get("mainWidth")).doubleValue()).isBetween(870.0, 900.0);
        assertThat(box.get("table")).isEqualTo(true);

        browser.driver().manage().window().setSize(new Dimension(390, 900));
        browser.await("the narrow layout", d -> Boolean.TRUE.equals(browser.js(
                "return document.querySelector('.fluid').getBoundingClientRect().top"
                        + " > document.querySelector('.fluid').previousElementSibling.getBoundingClientRect().bottom")));
        assertThat(browser.js("return document.querySelector('.fluid').getBoundingClientRect().width"))
                .as("on a phone the stretching column takes its own line").satisfies(w -> assertThat(((java.lang.Number) w).doubleValue()).isGreaterThan(300));
    }

    private static final String INDICATOR_STATE = """
            const q = (s) => document.querySelector(s);
            return {
              number: q('.p4j-number-value').textContent + ' ' + q('.p4j-number-value').style.color,
              status: q('.p4j-boolean-status').className.includes('p4j-on') + ' ' + q('.p4j-boolean-status').dataset.color,
              trend: q('.p4j-trend-value').textContent + ' ' + q('.p4j-trend-change').textContent + ' ' + (q('.p4j-trend-line').getAttribute('d').match(/[ML]/g) || []).length,
              gauge: q('.p4j-gauge-value').textContent + ' ' + q('.p4j-gauge').dataset.fraction + ' ' + q('.p4j-gauge-bar').style.stroke,
              linear: q('.p4j-linear-gauge-value').textContent + ' ' + q('.p4j-linear-gauge').dataset.fraction + ' ' + q('.p4j-gauge-fill').getAttribute('height'),
              tqdm: q('.p4j-tqdm progress').value + ' ' + q('.p4j-tqdm-text').textContent.split(' [')[0],
            };
            """;

    @Test
    void indicators_followValuesSetOnTheServer() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/indicators"));
        assertThat(state(browser)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "number", "20.0 % rgb(0, 128, 0)",
                "status", "false success",
                "trend", "120 ▲ 20.0 % 2",
                "gauge", "25% 0.2500 rgb(0, 128, 0)",
                "linear", "2 0.2000 40.00",
                "tqdm", "0 0/10 0%"));
        browser.button("Change").click();
        browser.await("the new values", d -> state(browser).get("tqdm").equals("4 4/10 40%"));
        assertThat(state(browser)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "number", "87.3 % rgb(255, 0, 0)",
                "status", "true success",
                "trend", "90 ▼ 25.0 % 3",
                "gauge", "90% 0.9000 rgb(255, 0, 0)",
                "linear", "7.5 0.7500 150.00",
                "tqdm", "4 4/10 40%"));
    }

    @Test
    void panes_showAndFollowTheServer_andAudioPlaysAndPausesBothWays() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/panes"));
        browser.await("the SVG drawn", d -> Boolean.TRUE.equals(browser.js(
                "const i = document.querySelector('.p4j-svg img'); return i.complete && i.naturalWidth === 40")));
        assertThat(browser.js("return document.querySelector('.p4j-alert').dataset.alertType + ' '"
                + " + document.querySelector('.p4j-alert strong').textContent")).isEqualTo("warning Heads up");
        // depth 1: the outer object is open, the inner one closed; a click opens it
        assertThat(browser.js("return [...document.querySelectorAll('.p4j-json-toggle')].map(t => t.getAttribute('aria-expanded')).join(' ')"))
                .isEqualTo("true false false");
        browser.js("document.querySelectorAll('.p4j-json-toggle')[1].click()");
        assertThat(browser.js("return document.querySelectorAll('.p4j-json-toggle')[1].getAttribute('aria-expanded')"
                + " + ' ' + document.querySelector('.p4j-json-string').textContent")).isEqualTo("true \"two\"");
        assertThat(browser.js("return document.querySelector('.p4j-placeholder').textContent.trim()")).isEqualTo("first");

        browser.button("Change panes").click();
        browser.await("the panes changed", d -> "second".equals(browser.js("return document.querySelector('.p4j-placeholder').textContent.trim()")));
        assertThat(browser.js("return document.querySelector('.p4j-alert').dataset.alertType")).isEqualTo("danger");
        assertThat(browser.js("return [...document.querySelectorAll('.p4j-json-toggle')].every(t => t.getAttribute('aria-expanded') === 'true')"))
                .isEqualTo(true);

        browser.button("Play").click();                                   // the server unpauses
        browser.await("the audio playing", d -> Boolean.TRUE.equals(browser.js(
                "const a = document.querySelector('audio'); return !a.paused && a.currentTime > 0")));
        browser.js("document.querySelector('audio').pause()");           // the user pauses
        browser.await("the server to see the pause", d -> "paused=true".equals(
                browser.js("return document.querySelector('.heard .p4j-static-text-value').textContent")));
    }

    @Test
    void accordion_switchesByClick_andFromTheServer() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/layouts"));
        assertThat(openPanels(browser)).isEqualTo("true false false");
        browser.button("Beta").click();                                   // many may be open
        browser.await("the server to see Beta open", d -> "active=[0, 1]".equals(readout(browser, ".opened")));
        assertThat(openPanels(browser)).isEqualTo("true true false");
        browser.button("Alpha").click();
        browser.await("the server to see Alpha closed", d -> "active=[1]".equals(readout(browser, ".opened")));
        browser.button("Only gamma").click();
        browser.await("the page to follow the server", d -> "false false true".equals(openPanels(browser)));
        assertThat(browser.js("return [...document.querySelectorAll('.p4j-accordion-body')].map(b => b.hidden).join(' ')"))
                .isEqualTo("true true false");
    }

    @Test
    void gridSpec_placesCellsBySpans() {
        Browser browser = SETUP.browser();
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open(SETUP.server().url("/layouts"));
        @SuppressWarnings("unchecked")
        var box = (Map<String, Object>) browser.js("""
                const grid = document.querySelector('.grid');
                const [header, side, main] = [...grid.children].map(c => c.getBoundingClientRect());
                const g = grid.getBoundingClientRect();
                return { headerFull: Math.abs(header.width - g.width) < 1, sideLeft: Math.abs(side.left - g.left) < 1,
                         mainBeside: main.left > side.right, sameTop: Math.abs(main.top - side.top) < 1,
                         belowHeader: side.top > header.bottom, mainTwice: main.width > 1.9 * side.width,
                         sameHeight: Math.abs(main.height - side.height) < 1 };
                """);
        assertThat(box).containsOnly(Map.entry("headerFull", true), Map.entry("sideLeft", true), Map.entry("mainBeside", true),
                Map.entry("sameTop", true), Map.entry("belowHeader", true), Map.entry("mainTwice", true),
                Map.entry("sameHeight", true));
    }

    @Test
    void modal_opensAndCloses_byServerEscapeAndCloseButton_keepingFocusInside() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/layouts"));
        String inside = "return !!document.querySelector('dialog.p4j-modal').contains(document.activeElement)";
        String isOpen = "return document.querySelector('dialog.p4j-modal').open";

        browser.button("Open modal").click();                               // the server opens it
        browser.await("the dialog open", d -> Boolean.TRUE.equals(browser.js(isOpen)));
        assertThat(browser.js(inside)).isEqualTo(true);
        browser.screenshot("modal-open");
        for (int i = 0; i < 5; i++) {                                       // close, Reason, Done, then round again
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(browser.js(inside)).as("focus after %d tabs", i + 1).isEqualTo(true);
        }
        browser.driver().switchTo().activeElement().sendKeys(Keys.SHIFT, Keys.TAB);
        assertThat(browser.js(inside)).isEqualTo(true);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);   // the user closes it
        browser.await("the server to see it closed", d -> "open=false".equals(readout(browser, ".modal-state")));
        assertThat(browser.js(isOpen)).isEqualTo(false);

        browser.button("Open modal").click();
        browser.await("the dialog open again", d -> "open=true".equals(readout(browser, ".modal-state"))
                && Boolean.TRUE.equals(browser.js(isOpen)));
        browser.driver().findElement(By.cssSelector("dialog .p4j-modal-close")).click();
        browser.await("the close button to close it", d -> "open=false".equals(readout(browser, ".modal-state")));
        assertThat(browser.js(isOpen)).isEqualTo(false);

        browser.button("Open modal").click();
        browser.await("the dialog open a third time", d -> Boolean.TRUE.equals(browser.js(isOpen)));
        browser.button("Done").click();                                     // the server closes it
        browser.await("the server to close it", d -> Boolean.FALSE.equals(browser.js(isOpen)));
        assertThat(readout(browser, ".modal-state")).isEqualTo("open=false");
    }

    @Test
    void payloadsInEveryNewText_areShownAsText_andNeverRun() {
        Browser browser = SETUP.browser();
        browser.onNewDocument("window.__xss = [];");
        browser.open(SETUP.server().url("/xss"));
        @SuppressWarnings("unchecked")
        var seen = (Map<String, Object>) browser.js("""
                const texts = (sel) => [...document.querySelectorAll(sel)].map(e => e.textContent);
                return {
                  number: texts('.p4j-number-title'), trend: texts('.p4j-trend-title'),
                  gauge: texts('.p4j-gauge .p4j-gauge-title'), linear: texts('.p4j-linear-gauge .p4j-gauge-title'),
                  tooltip: texts('.p4j-tooltip'), accordion: texts('.p4j-accordion-header'), modal: texts('.p4j-modal-title'),
                  jsonKeys: texts('.p4j-json-key').map(k => JSON.parse(k.slice(0, -2))),
                  jsonValues: texts('.p4j-json-string').map(v => JSON.parse(v)),
                  active: document.querySelectorAll('.p4j-json script, .p4j-json img, .p4j-alert script, .p4j-alert img:not([src=""]), .p4j-alert iframe, '
                    + '.p4j-alert svg, .p4j-alert details, .p4j-alert [onerror], .p4j-alert [onmouseover]').length,
                  ran: window.__xss.length,
                };
                """);
        for (String key : List.of("number", "trend", "gauge", "linear", "tooltip", "accordion", "modal", "jsonKeys", "jsonValues")) {
            assertThat(seen.get(key)).as(key).isEqualTo(XssCorpus.PAYLOADS);
        }
        assertThat(seen.get("active")).isEqualTo(0L);
        assertThat(seen.get("ran")).isEqualTo(0L);
        assertThat(browser.js("return window.__xss.length")).isEqualTo(0L);
    }

    private static String openPanels(Browser browser) {
        return (String) browser.js("return [...document.querySelectorAll('.p4j-accordion-header')]"
                + ".map(h => h.getAttribute('aria-expanded')).join(' ')");
    }

    private static String readout(Browser browser, String selector) {
        return (String) browser.js("return document.querySelector(arguments[0] + ' .p4j-static-text-value').textContent", selector);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Browser browser) {
        return (Map<String, Object>) browser.js(INDICATOR_STATE);
    }
}
