package org.custos.security.internal;

/** The directory cannot answer whether a password is right: unreachable, or set up wrongly (the message says). */
class DirectoryUnavailable extends RuntimeException {

    DirectoryUnavailable(String message) {
        super(message);
    }

    DirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
