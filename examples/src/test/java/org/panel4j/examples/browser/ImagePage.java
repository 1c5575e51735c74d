package org.panel4j.examples.browser;

import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Reads the image pane of an image example as a person (and a byte-exact test) sees it. */
final class ImagePage {

    private final Browser browser;

    ImagePage(Browser browser) {
        this.browser = browser;
    }

    /** The {@code alt} text of the image shown, or "" when none is shown. */
    String alt() {
        Object alt = browser.js("const img = document.querySelector('.p4j-image img');"
                + " return img && !img.hidden && img.getAttribute('src') ? img.alt : ''");
        return alt == null ? "" : (String) alt;
    }

    /** The bytes of the image shown, decoded from its {@code data:} URL. */
    byte[] bytes() {
        String src = (String) browser.js("return document.querySelector('.p4j-image img').src");
        if (src == null || !src.startsWith("data:image/jpeg;base64,")) {
            throw new AssertionError("the image is not a JPEG data URL: "
                    + (src == null ? "none" : src.substring(0, Math.min(40, src.length()))));
        }
        return Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
    }

    /** Focuses the slider and presses the right arrow {@code times} times, as fast as keys go. */
    void pressRight(int times) {
        var slider = browser.driver().findElement(By.cssSelector("input[type=range]"));
        slider.sendKeys(Keys.ARROW_RIGHT.toString().repeat(times));
    }
}
