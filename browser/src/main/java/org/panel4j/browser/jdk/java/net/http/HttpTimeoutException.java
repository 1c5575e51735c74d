package org.panel4j.browser.jdk.java.net.http;

import java.io.IOException;

/** {@code java.net.http.HttpTimeoutException} for the page: the request's timeout passed before the answer. */
public class HttpTimeoutException extends IOException {

    private static final long serialVersionUID = 1L;

    /** An exception saying {@code message}. */
    public HttpTimeoutException(String message) {
        super(message);
    }
}
