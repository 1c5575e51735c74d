package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.panel4j.widget.Icons;

/**
 * The file widgets and the icon and menu buttons on /gallery in Chromium: a real file chosen in the
 * FileInput is uploaded in chunks (progress shown) and the server's value names it; files dropped on the
 * FileDropper likewise; both FileDownload buttons save their file; the MenuButton's items (mouse and
 * keyboard), the ButtonIcon and the ToggleIcon reach the server. Screenshots at 1280 and 390 px wide.
 */
class FileWidgetsBrowserTest {

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup();

    @TempDir
    Path temp;

    @Test
    void aChosenFile_isUploadedWithProgress_andTheServerHasIt_andDroppedFilesToo() throws Exception {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));
        tab(browser, "Files");
        Path file = temp.resolve("notes öü.txt");
        byte[] bytes = new byte[700_000]; // three chunks of 256 KiB
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        Files.write(file, bytes);
        browser.record("status", ".p4j-FileInput .p4j-file-status");

        card(browser, "FileInput").findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());

        try {
            browser.await("the server's value", d -> readout(browser, "FileInput")
                    .equals("value: [notes öü.txt (text/plain, 700000 bytes)]"));
        } catch (RuntimeException e) {
            throw new AssertionError("readout " + readout(browser, "FileInput") + ", statuses "
                    + browser.recorded("status") + ", errors " + browser.pageErrors(), e);
        }
        List<String> statuses = browser.recorded("status").stream().map(Browser.Stamped::text).toList();
        assertThat(statuses).as("progress shown while the chunks went").anyMatch(s -> s.matches("Uploading… [1-9][0-9]?%"));
        assertThat(statuses.getLast()).isEqualTo("Uploaded notes öü.txt (700.0 KB).");
        assertThat(card(browser, "FileInput").findElement(By.cssSelector(".p4j-file-list")).getText())
                .contains("notes öü.txt").contains("700.0 KB");

        // a drop on the FileDropper (Selenium cannot drag from the desktop: the page makes the drop event)
        browser.js("""
                const zone = arguments[0].querySelector('.p4j-drop-zone');
                const files = new DataTransfer();
                files.items.add(new File(['a,b\\n1,2\\n'], 'table.csv', { type: 'text/csv' }));
                files.items.add(new File([new Uint8Array(300000)], 'zeros.bin'));
                zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
                """, card(browser, "FileDropper"));
        browser.await("the dropped files on the server", d -> readout(browser, "FileDropper").equals(
                "value: [table.csv (text/csv, 8 bytes), zeros.bin (application/octet-stream, 300000 bytes)]"));
        screenshots(browser, "files-uploaded");
    }

    @Test
    void anOversizedFile_isRefusedInThePage_andTheServerKeepsItsValue() throws Exception {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));
        tab(browser, "Files");
        browser.js("""
                const zone = arguments[0].querySelector('.p4j-drop-zone');
                const files = new DataTransfer();
                files.items.add(new File([new Uint8Array(6 * 1024 * 1024)], 'big.bin'));
                zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
                """, card(browser, "FileDropper"));
        browser.await("the refusal", d -> card(browser, "FileDropper").findElement(By.cssSelector(".p4j-file-status"))
                .getText().equals("big.bin is 6.3 MB; the limit is 5.2 MB."));
        assertThat(readout(browser, "FileDropper")).isEqualTo("value: []");
    }

    @Test
    void bothDownloadButtons_saveTheirFile() throws Exception {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));
        browser.downloadTo(temp);
        tab(browser, "Files");
        browser.record("report", ".p4j-FileDownload .p4j-file-status");

        browser.button("Download hello.txt").click();
        Path hello = temp.resolve("hello.txt");
        browser.await("hello.txt saved", d -> Files.exists(hello) && size(hello) == 19);
        assertThat(Files.readString(hello)).isEqualTo("Hello from panel4j\n");

        browser.button("Download report.csv").click();
        Path report = temp.resolve("report.csv");
        browser.await("report.csv saved", d -> Files.exists(report) && size(report) > 0);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).matches("time,value\n\\d\\d:\\d\\d(:\\d\\d)?,42\n");
        assertThat(browser.recorded("report").stream().map(Browser.Stamped::text))
                .contains("Preparing…", "Downloaded report.csv.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void menuItems_iconButton_andToggleIcon_reachTheServer() {
        Browser browser = SETUP.browser();
        browser.open(SETUP.server().url("/gallery"));
        tab(browser, "Buttons and toggles");

        WebElement menu = card(browser, "MenuButton");
        WebElement export = menu.findElement(By.cssSelector(".p4j-menu-toggle"));
        assertThat(export.getAttribute("aria-expanded")).isEqualTo("false");
        export.click();
        assertThat(export.getAttribute("aria-expanded")).isEqualTo("true");
        menu.findElement(By.xpath(".//li[@role='menuitem' and text()='JSON']")).click();
        browser.await("the clicked item", d -> readout(browser, "MenuButton").equals("value: \"JSON\""));
        assertThat(export.getAttribute("aria-expanded")).isEqualTo("false");

        export.sendKeys(Keys.ARROW_UP); // opens on the last item
        browser.await("focus on the last item", d -> "Parquet".equals(browser.js("return document.activeElement.textContent")));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN); // wraps to the first
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.await("the item chosen by keyboard", d -> readout(browser, "MenuButton").equals("value: \"CSV\""));
        assertThat(browser.js("return document.activeElement === arguments[0]", export)).isEqualTo(true);
        export.sendKeys(Keys.ARROW_DOWN);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(export.getAttribute("aria-expanded")).isEqualTo("false");

        export.click();
        screenshots(browser, "menu-open");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(export.getAttribute("aria-expanded")).isEqualTo("false");

        assertThat((List<Object>) browser.js("return import('/static/panel4j/views/icons.js').then((m) => [...m.ICON_NAMES])"))
                .as("the page draws exactly the icons Java names").containsExactlyInAnyOrderElementsOf(Icons.NAMES);

        WebElement copy = card(browser, "ButtonIcon").findElement(By.cssSelector(".p4j-ButtonIcon"));
        assertThat(copy.getAttribute("aria-label")).isEqualTo("Copy");
        copy.click();
        browser.await("the active icon", d -> "check".equals(icon(browser, copy)));
        browser.await("the click count", d -> readout(browser, "ButtonIcon").equals("value: 1"));
        browser.await("the icon again", d -> "copy".equals(icon(browser, copy)));

        WebElement like = card(browser, "ToggleIcon").findElement(By.cssSelector(".p4j-ToggleIcon"));
        like.click();
        browser.await("the toggle's value", d -> readout(browser, "ToggleIcon").equals("value: true"));
        assertThat(like.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(icon(browser, like)).isEqualTo("heart-filled");
        screenshots(browser, "buttons-icons");
        like.click();
        browser.await("the toggle off", d -> readout(browser, "ToggleIcon").equals("value: false"));
        assertThat(icon(browser, like)).isEqualTo("heart");
    }

    private static void tab(Browser browser, String title) {
        browser.driver().findElement(By.xpath("//*[@role='tab' and normalize-space()='" + title + "']")).click();
    }

    private static WebElement card(Browser browser, String title) {
        return browser.driver().findElement(By.xpath("//*[contains(@class,'gallery-entry')]"
                + "[.//*[contains(@class,'p4j-card-title') and normalize-space()='" + title + "']]"));
    }

    private static String readout(Browser browser, String title) {
        return card(browser, title).findElement(By.cssSelector(".gallery-readout")).getText().strip();
    }

    private static Object icon(Browser browser, WebElement button) {
        return browser.js("return arguments[0].querySelector('svg').dataset.icon", button);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void screenshots(Browser browser, String name) {
        var window = browser.driver().manage().window();
        Dimension size = window.getSize();
        try {
            window.setSize(new Dimension(1280, 1400));
            browser.screenshot(name + "-1280");
            window.setSize(new Dimension(390, 2400));
            browser.screenshot(name + "-390");
            assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal overflow at 390 px").isEqualTo(true);
        } finally {
            window.setSize(size);
        }
    }
}
