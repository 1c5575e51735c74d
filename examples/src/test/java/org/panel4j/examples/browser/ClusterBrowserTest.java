package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.panel4j.examples.cluster.Cluster;

/**
 * One Chromium page behind nginx with two nodes (docs/deploy.md): when its node drains (SIGTERM) the page
 * moves to the other node at a quiet moment and no click made meanwhile is lost; when the node it moved
 * to is killed with -9 the page comes back by itself on the other one, usable, without a Reload click.
 */
class ClusterBrowserTest {

    private static Cluster cluster;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        String missing = Cluster.missing();
        assumeTrue(missing == null, missing);
        browser = Browser.start();
        cluster = new Cluster();
    }

    @AfterEach
    void noPageErrors() {
        browser.assertNoPageErrors();
    }

    @AfterAll
    static void stop() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void aDrainedNodesPage_movesWithoutLosingAClick_andAfterAKill_comesBackByItself() throws Exception {
        browser.open(cluster.origin() + "/");
        String first = (String) named("node");
        for (int i = 1; i <= 3; i++) {
            browser.button("Count").click();
        }
        browser.await("3 clicks counted", d -> count() == 3);

        cluster.node(first).terminate();   // SIGTERM: the node drains
        for (int i = 0; i < 5; i++) {       // clicks before, during and after the move
            clickCount();
            Thread.sleep(60);
        }
        browser.await("the page to move to the other node and count every click",
                d -> !first.equals(named("node")) && count() == 8);
        assertThat(browser.driver().getCurrentUrl()).endsWith("?count=8");
        String second = (String) named("node");
        cluster.node(first).awaitExit();
        cluster.node(first).start();
        cluster.node(first).awaitReady();

        cluster.node(second).kill();
        double killedAt = browser.now();
        browser.await("the page to come back on the node still up, by itself",
                d -> first.equals(named("node")) && "connected".equals(browser.js("return window.panel4j.state")));
        double backAfter = browser.now() - killedAt;
        assertThat(backAfter).as("ms until the page is back").isLessThan(5000.0);
        assertThat(count()).as("its URL state came along").isEqualTo(8);
        browser.button("Count").click();
        browser.await("a click on the new session", d -> count() == 9);
        browser.screenshot("cluster-page-back");
    }

    private static Object named(String name) {
        return browser.js("return [...window.panel4j.nodes.values()].find(p => p.name === arguments[0])?.value ?? null", name);
    }

    private static long count() {
        Object value = named("count");
        return value == null ? -1 : ((Number) value).longValue();
    }

    /**
     * Clicks Count; when the page's new init replaced the button between finding and clicking it (a
     * click that never happened), clicks the new one, as a person would.
     */
    private static void clickCount() {
        try {
            browser.button("Count").click();
        } catch (StaleElementReferenceException replaced) {
            browser.button("Count").click();
        }
    }
}
