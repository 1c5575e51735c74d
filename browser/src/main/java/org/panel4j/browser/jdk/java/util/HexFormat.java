package org.panel4j.browser.jdk.java.util;

/** {@code java.util.HexFormat} for the page: lower-case {@link #formatHex}, what core uses. */
public final class HexFormat {

    private static final HexFormat LOWER = new HexFormat();
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexFormat() {}

    /** The lower-case format without delimiters. */
    public static HexFormat of() {
        return LOWER;
    }

    /** Two lower-case hex digits a byte. */
    public String formatHex(byte[] bytes) {
        var out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(DIGITS[(b >> 4) & 0xf]).append(DIGITS[b & 0xf]);
        }
        return out.toString();
    }
}
