package org.panel4j.examples.browser;

import java.util.ArrayList;
import java.util.List;
import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.layout.Tabs;
import org.panel4j.pane.Str;
import org.panel4j.session.Notification;
import org.panel4j.widget.Button;

/**
 * Classic XSS payloads, each of which would call {@code top.__xss.push(n)} if it ever ran, and an app
 * that shows every payload through every text-bearing component ({@link PayloadCard}), in tab titles
 * and in info toasts; its 'Again' button moves every payload to the next card (a patch of each text)
 * and fails with all payloads as the error message (an error toast).
 */
final class XssCorpus {

    /** The payloads; number n pushes n. */
    static final List<String> PAYLOADS = List.of(
            "<script>top.__xss.push(0)</script>",
            "<img src=x onerror=\"top.__xss.push(1)\">",
            "<svg onload=\"top.__xss.push(2)\"></svg>",
            "[md link](javascript:top.__xss.push(3))",
            "![md image](javascript:top.__xss.push(4))",
            "\"><iframe srcdoc=\"<script>top.__xss.push(5)</script>\"></iframe>",
            "<a href=\"javascript:top.__xss.push(6)\">html link</a>",
            "&lt;img src=x onerror=top.__xss.push(7)&gt; &#60;script&#62;top.__xss.push(7)&#60;/script&#62;",
            "</textarea><script>top.__xss.push(8)</script>",
            "</title><script>top.__xss.push(9)</script>",
            "' autofocus onfocus='top.__xss.push(10)' onmouseover='top.__xss.push(10)",
            "\" autofocus onfocus=\"top.__xss.push(11)\" onmouseover=\"top.__xss.push(11)",
            "<details open ontoggle=\"top.__xss.push(12)\">x</details>",
            "[entity link](&#106;avascript:top.__xss.push(13))",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"top.__xss.push(14)\">",
            "[titled](http://a.test \"t\\\" onmouseover=\\\"top.__xss.push(15)\")");

    private XssCorpus() {}

    /** The payload shown by card {@code card} after {@code shift} presses of 'Again'. */
    static String payload(int card, int shift) {
        return PAYLOADS.get((card + shift) % PAYLOADS.size());
    }

    static App app() {
        return session -> {
            var cards = new ArrayList<PayloadCard>();
            var tabs = new Tabs();
            for (int i = 0; i < PAYLOADS.size(); i++) {
                cards.add(new PayloadCard(payload(i, 0)));
                tabs.addTab(payload(i, 0), new Str(payload(i, 0)));
            }
            var again = new Button("Again");
            again.onClick(event -> {
                for (int i = 0; i < cards.size(); i++) {
                    cards.get(i).show(payload(i, event.newValue()));
                }
                tabs.clear();
                cards.forEach(card -> tabs.addTab(card.shown(), new Str(card.shown())));
            });
            again.onClick(event -> {
                throw new IllegalStateException(String.join(" | ", PAYLOADS));
            });
            // one toast with every payload: a page shows at most five toasts at once
            session.onLoad(s -> s.notify(new Notification(Notification.Level.INFO, String.join(" | ", PAYLOADS))));
            var column = new Column(again, tabs);
            cards.forEach(card -> column.add(card.card()));
            return column;
        };
    }
}
