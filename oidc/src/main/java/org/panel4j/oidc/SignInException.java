package org.panel4j.oidc;

/** A sign-in refused at the callback; its message says why, names no secret and is safe to log. */
final class SignInException extends Exception {

    SignInException(String message) {
        super(message);
    }

    SignInException(String message, Throwable cause) {
        super(message, cause);
    }
}
