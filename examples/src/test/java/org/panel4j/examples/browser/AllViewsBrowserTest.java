package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.layout.Card;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.layout.Tabs;
import org.panel4j.pane.LoadingSpinner;
import org.panel4j.pane.Progress;
import org.panel4j.pane.Str;
import org.panel4j.widget.Button;
import org.panel4j.widget.ButtonType;
import org.panel4j.widget.Checkbox;
import org.panel4j.widget.FloatSlider;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.Select;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TextInput;
import org.panel4j.widget.Toggle;

/**
 * Each view applies its props through its table (docs/components.md), at init and in a patch: the
 * page shows what the components hold, and what the server changes later.
 */
class AllViewsBrowserTest {

    private static final App GALLERY = session -> {
        var slider = new IntSlider(0, 10, 3);
        slider.setName("Int");
        var floats = new FloatSlider(0, 1, 0.25);
        floats.setStep(0.05);
        var select = new Select<>(List.of("a", "b", "c"));
        select.setValue("b");
        var checkbox = new Checkbox("Check");
        checkbox.setValue(true);
        var toggle = new Toggle("Tog");
        toggle.setValue(true);
        var input = new TextInput("Txt");
        input.setValue("hello");
        input.setPlaceholder("type here");
        var progress = new Progress(3, 10);
        var spinner = new LoadingSpinner(true);
        var tabs = new Tabs().addTab("One", new Str("first")).addTab("Two", new Str("second"));
        tabs.setActive(1);
        var card = new Card("Card title", new StaticText("inside"));
        var text = new StaticText("shown");
        text.setName("Label");
        var change = new Button("Change").buttonType(ButtonType.PRIMARY);
        change.onClick(event -> {
            slider.setEnd(20);
            slider.setValue(15);
            select.setOptions(List.of("x", "y"));
            select.setValue("y");
            checkbox.setValue(false);
            toggle.setValue(false);
            input.setValue("changed");
            progress.valueProperty().set(null);
            spinner.setValue(false);
            tabs.setActive(0);
            card.setCollapsed(true);
            text.setVisible(false);
            change.setDisabled(true);
        });
        return new Column(new Row(slider, floats, select), new Row(checkbox, toggle, input),
                new Row(progress, spinner), tabs, card, text, change);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/all_views", GALLERY)));

    private static final String STATE = """
            const q = (s) => document.querySelector(s);
            const range = q('.p4j-IntSlider input');
            return {
              slider: [range.min, range.max, range.value, q('.p4j-IntSlider output').textContent, q('.p4j-IntSlider label').textContent].join(' '),
              floats: q('.p4j-FloatSlider output').textContent + ' step ' + q('.p4j-FloatSlider input').step,
              select: q('.p4j-Select select').value + ' of ' + [...q('.p4j-Select select').options].map(o => o.value).join(''),
              checkbox: q('.p4j-Checkbox input').checked + ' ' + q('.p4j-Checkbox').textContent,
              toggle: q('.p4j-Toggle').getAttribute('aria-pressed') + ' ' + q('.p4j-Toggle').textContent,
              input: q('.p4j-TextInput input').value + ' / ' + q('.p4j-TextInput input').placeholder + ' / ' + q('.p4j-TextInput label').textContent,
              progress: q('.p4j-Progress progress').getAttribute('value') + ' of ' + q('.p4j-Progress progress').max,
              spinner: q('.p4j-LoadingSpinner').className.includes('p4j-spinning') + ' ' + q('.p4j-LoadingSpinner').getAttribute('aria-label'),
              tabs: [...document.querySelectorAll('.p4j-tab')].map(t => t.textContent + '=' + t.getAttribute('aria-selected')).join(' ')
                + ' / ' + [...q('.p4j-tab-panels').children].map(p => p.classList.contains('p4j-tab-inactive') ? 'off' : 'on').join(' '),
              card: q('.p4j-card-title').textContent + ' ' + q('.p4j-card-body').hidden,
              text: q('.p4j-StaticText[data-p4j-id]:not(.p4j-card-body *)').hidden + ' ' + q('.p4j-StaticText:not(.p4j-card-body *)').textContent,
              button: q('.p4j-Button').dataset.buttonType + ' ' + q('.p4j-Button').disabled,
            };
            """;

    @Test
    void everyViewShowsItsProps_atInit_andAfterAPatch() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/all_views"));
        assertThat(state(browser)).containsExactlyInAnyOrderEntriesOf(Map.<String, Object>ofEntries(
                Map.entry("slider", "0 10 3 3 Int"),
                Map.entry("floats", "0.25 step 0.05"),
                Map.entry("select", "b of abc"),
                Map.entry("checkbox", "true Check"),
                Map.entry("toggle", "true Tog"),
                Map.entry("input", "hello / type here / Txt"),
                Map.entry("progress", "3 of 10"),
                Map.entry("spinner", "true Loading"),
                Map.entry("tabs", "One=false Two=true / off on"),
                Map.entry("card", "Card title false"),
                Map.entry("text", "false Label: shown"),
                Map.entry("button", "primary false")));

        browser.button("Change").click();
        browser.await("the patch", d -> Boolean.TRUE.equals(browser.js("return document.querySelector('.p4j-Button').disabled")));
        assertThat(state(browser)).containsExactlyInAnyOrderEntriesOf(Map.<String, Object>ofEntries(
                Map.entry("slider", "0 20 15 15 Int"),
                Map.entry("floats", "0.25 step 0.05"),
                Map.entry("select", "y of xy"),
                Map.entry("checkbox", "false Check"),
                Map.entry("toggle", "false Tog"),
                Map.entry("input", "changed / type here / Txt"),
                Map.entry("progress", "null of 10"),
                Map.entry("spinner", "false Idle"),
                Map.entry("tabs", "One=true Two=false / on off"),
                Map.entry("card", "Card title true"),
                Map.entry("text", "true Label: shown"),
                Map.entry("button", "primary true")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Browser browser) {
        return (Map<String, Object>) browser.js(STATE);
    }
}
