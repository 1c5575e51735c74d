package org.panel4j.convert.site;

import org.panel4j.App;
import org.panel4j.browser.InPage;
import org.panel4j.examples.BindImage;
import org.panel4j.examples.ImageSource;
import org.panel4j.examples.WatchImage;

/**
 * The image examples as the example site converts them: their images come from https://picsum.photos,
 * or from the base the page's address names as {@code ?picsum=<base>} (the Chromium tests' stand-in).
 * The other seed examples are converted as they are ({@code AsyncClick.app()} and so on).
 */
public final class SiteExamples {

    private static final String PICSUM = "https://picsum.photos";

    private SiteExamples() {}

    /** The bind example. */
    public static App bindImage() {
        return BindImage.app(images());
    }

    /** The watch example. */
    public static App watchImage() {
        return WatchImage.app(images());
    }

    private static ImageSource images() {
        return new ImageSource(() -> picsumBase(InPage.pageUrl()));
    }

    /** The {@code picsum} parameter of {@code pageUrl}'s query, else picsum.photos. */
    static String picsumBase(String pageUrl) {
        int query = pageUrl.indexOf('?');
        if (query < 0) {
            return PICSUM;
        }
        int end = pageUrl.indexOf('#', query);
        for (String pair : pageUrl.substring(query + 1, end < 0 ? pageUrl.length() : end).split("&")) {
            if (pair.startsWith("picsum=") && pair.length() > "picsum=".length()) {
                return pair.substring("picsum=".length());
            }
        }
        return PICSUM;
    }
}
