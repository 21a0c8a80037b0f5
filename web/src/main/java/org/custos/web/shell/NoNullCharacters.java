package org.custos.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request parameters without the NUL character (U+0000). No one can type it into a box, but a crafted request can
 * send it, and PostgreSQL refuses it in text ("invalid byte sequence for encoding UTF8: 0x00"): the save failed
 * with the error page and an SQL error in the log (issue 20, bad input). It is removed at the door, so every form
 * sees the value without it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NoNullCharacters extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new Cleaned(request), response);
    }

    /** The value without NUL characters (null stays null). */
    static String withoutNulls(String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }

    static String[] withoutNulls(String[] values) {
        if (values == null) {
            return null;
        }
        String[] cleaned = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cleaned[i] = withoutNulls(values[i]);
        }
        return cleaned;
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return withoutNulls(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            return withoutNulls(super.getParameterValues(name));
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> cleaned.put(withoutNulls(name), withoutNulls(values)));
            return Collections.unmodifiableMap(cleaned);
        }
    }
}
