package org.custos.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a body larger than the API takes (413): at once when its length is declared, else once reading it has
 * gone past the limit, so a client cannot make the server hold a huge body. The largest body sent in (a complaint
 * of 10,000 characters, each up to 4 bytes) fits well within it.
 */
@Provider
public class BodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw new TooLarge();
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    /** The body went past the limit: answered 413 ({@link Failures}, {@link UnreadableBodies}). */
    static final class TooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("The body is larger than " + MAX_BYTES + " bytes");
        }
    }

    /** Whether the failure comes from a body past the limit, however the JSON reader wrapped it. */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            counted(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            counted(Math.max(count, 0));
            return count;
        }

        private void counted(int bytes) {
            read += bytes;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }
    }
}
