package org.panel4j.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Test helper: small generated images, as an image service would return them. */
public final class Images {

    private Images() {}

    /** An 8×4 image in {@code format} ("jpg" or "png") whose first pixel encodes {@code seed}. */
    public static byte[] generate(String format, int seed) {
        var image = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x102030 * (seed + 1));
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
