package org.panel4j.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The name of this build of the browser client, as it appears in the client's URLs
 * ({@code /static/panel4j/v/<version>/core.js}): written by the build into {@code client.properties},
 * {@code dev} where the file was not filtered (an IDE's own build).
 */
public final class ClientVersion {

    /** What a version looks like in a URL. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** This build's version. */
    public static final String CURRENT = read();

    private ClientVersion() {}

    private static String read() {
        try (InputStream in = ClientVersion.class.getResourceAsStream("client.properties")) {
            if (in == null) {
                return "dev";
            }
            var properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return FORMAT.matcher(version).matches() ? version : "dev";
        } catch (IOException e) {
            return "dev";
        }
    }
}
