package org.panel4j.examples;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the deterministic, distinct JPEG that stands in for picsum.photos' image {@code n}: a colour
 * gradient picked from {@code n} with the number written large. These machines have no internet.
 */
public final class PicsumStandIn {

    private PicsumStandIn() {}

    /** The largest width and height it draws (4 million pixels at most: drawing time grows with them). */
    public static final int MAX_SIZE = 2000;

    /**
     * The JPEG bytes of image {@code n} at {@code width} × {@code height}.
     *
     * @throws IllegalArgumentException if a size is not between 1 and {@link #MAX_SIZE}
     */
    public static byte[] jpeg(int n, int width, int height) {
        checkSize(width, height);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float hue = (n * 0.618034f) % 1f;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.55f, 0.95f),
                    width, height, Color.getHSBColor((hue + 0.15f) % 1f, 0.75f, 0.55f)));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(255, 255, 255, 230));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 2)));
            String label = "#" + n;
            int textWidth = g.getFontMetrics().stringWidth(label);
            g.drawString(label, (width - textWidth) / 2, height / 2 + g.getFontMetrics().getAscent() / 3);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        }
        return out.toByteArray();
    }

    /** @throws IllegalArgumentException if a size is not between 1 and {@link #MAX_SIZE} */
    static void checkSize(int width, int height) {
        if (width < 1 || width > MAX_SIZE || height < 1 || height > MAX_SIZE) {
            throw new IllegalArgumentException("image size must be between 1 and " + MAX_SIZE + ", not "
                    + width + "x" + height);
        }
    }
}
