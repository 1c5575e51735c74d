package org.panel4j.server.internal;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with a file name that cannot break the header (RFC 6266):
 * an ASCII {@code filename="…"} fallback (quotes, backslashes, slashes, {@code %}, control and non-ASCII
 * characters replaced by {@code _}) and the exact name as {@code filename*=UTF-8''…} percent-encoded (RFC 5987).
 * Not API: {@code HttpResponse.attachment} uses it.
 */
public final class ContentDisposition {

    private static final int MAX_NAME = 255;

    private ContentDisposition() {}

    /** The header value for an attachment named {@code filename}. */
    public static String attachment(String filename) {
        String name = filename.codePointCount(0, filename.length()) > MAX_NAME
                ? filename.substring(0, filename.offsetByCodePoints(0, MAX_NAME)) : filename;
        var ascii = new StringBuilder(name.length());
        var encoded = new StringBuilder(name.length() * 3);
        name.codePoints().forEach(cp -> {
            boolean plain = cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '/' && cp != '%';
            ascii.append(plain ? (char) cp : '_');
        });
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
