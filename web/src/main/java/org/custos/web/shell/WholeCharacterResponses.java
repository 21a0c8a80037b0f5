package org.custos.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Pages written with every character whole. The server's own response writer (Grizzly's {@code OutputBuffer}) turns
 * its characters into bytes a buffer at a time, each buffer as if it were the end of the text, so a character outside
 * the Basic Multilingual Plane (an emoji, a rare CJK ideograph: two UTF-16 units) that straddles the edge of a buffer
 * is written as "??" (issue 20, bad input: a long value with emoji came back with one of them turned into "??", and a
 * user saving the form again would have saved it altered). Here the response's characters are encoded by Java's own
 * stream encoder, which carries the first half of such a character over to the next write, into the server's byte
 * stream.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class WholeCharacterResponses extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (encodedHere(response)) {
            chain.doFilter(request, response);
            return;
        }
        EncodedHere encoded = new EncodedHere(response);
        chain.doFilter(request, encoded);
        encoded.handOver();
    }

    private static boolean encodedHere(ServletResponse response) {
        for (ServletResponse inner = response; ; inner = ((ServletResponseWrapper) inner).getResponse()) {
            if (inner instanceof EncodedHere) {
                return true;
            }
            if (!(inner instanceof ServletResponseWrapper)) {
                return false;
            }
        }
    }

    /** The response whose writer encodes here, into the server's byte stream. */
    static final class EncodedHere extends HttpServletResponseWrapper {

        private Discardable bytes;
        private PrintWriter writer;
        private boolean streamUsed;

        EncodedHere(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (streamUsed) {
                throw new IllegalStateException("getOutputStream() was already called for this response");
            }
            if (writer == null) {
                bytes = new Discardable(super.getOutputStream());
                writer = new PrintWriter(new OutputStreamWriter(bytes, Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was already called for this response");
            }
            streamUsed = true;
            return super.getOutputStream();
        }

        @Override
        public void setCharacterEncoding(String charset) {
            if (writer == null) {
                super.setCharacterEncoding(charset);
            }
        }

        @Override
        public void setContentType(String type) {
            String encoding = getCharacterEncoding();
            super.setContentType(type);
            if (writer != null) {
                super.setCharacterEncoding(encoding);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            discardWriter();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            discardWriter();
            super.reset();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            discardWriter();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            discardWriter();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            discardWriter();
            super.sendRedirect(location);
        }

        /**
         * What the writer holds goes into the server's buffer at the end of the request, not yet to the network, so
         * that the server still sets the length of a page it holds whole.
         */
        void handOver() {
            emptyWriterWith(Discardable.Mode.WRITE_ONLY);
        }

        /** What the writer holds is dropped, as the server drops its buffer; the writer itself stays usable. */
        private void discardWriter() {
            emptyWriterWith(Discardable.Mode.DROP);
        }

        private void emptyWriterWith(Discardable.Mode mode) {
            if (writer != null) {
                bytes.mode = mode;
                writer.flush();
                bytes.mode = Discardable.Mode.PASS;
            }
        }
    }

    /** The server's byte stream, which can be told for a moment to keep its flushes or to drop what is written. */
    private static final class Discardable extends FilterOutputStream {

        enum Mode { PASS, WRITE_ONLY, DROP }

        private Mode mode = Mode.PASS;

        Discardable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (mode != Mode.DROP) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (mode != Mode.DROP) {
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (mode == Mode.PASS) {
                out.flush();
            }
        }
    }
}
