package org.custos.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.custos.security.api.DocumentUpload;

/**
 * An upload too large for the server to read (past the request limit of web.xml's multipart-config, far past
 * {@link DocumentUpload#LIMIT}) is refused at the door with a message in words, not the error page (issue 20, bad
 * input): the server cannot read such a request's fields, so JSF cannot restore its page; the browser is sent back to
 * the page it came from, which shows the message ({@link UploadRefusalMessage}). A file over the document limit but
 * within the request limit reaches the facade, which refuses it with the form kept as typed. After every upload the
 * temporary files the server kept of its parts are deleted.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OversizedUploads extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The message the next page shows. */
    static final String TOO_LARGE = "The file is too large to upload: a document may have at most "
            + DocumentUpload.LIMIT + ". Nothing was saved; choose a smaller file.";
    static final String UNREADABLE = "The upload could not be read: it was cut off or is not a form a browser sends."
            + " Nothing was saved; try again.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipartPost(request)) {
            if (request.getCharacterEncoding() == null) {
                // read here first, the fields and file names must be read as the pages send them: UTF-8
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            try {
                // the server reads a multipart request's fields at the first call, and refuses it here if too large
                request.getParameterMap();
            } catch (RuntimeException refused) {
                UploadRefusalMessage.keep(request.getSession(), tooLarge(refused) ? TOO_LARGE : UNREADABLE);
                response.sendRedirect(backTo(request));
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (isMultipartPost(request)) {
                deleteParts(request);
            }
        }
    }

    /**
     * Deletes the temporary files the server keeps of an upload's parts (past its 1 MB threshold, in the
     * application's work folder): the server leaves them behind, unencrypted, with a document's bytes.
     */
    private static void deleteParts(HttpServletRequest request) {
        try {
            for (Part part : request.getParts()) {
                part.delete();
            }
        } catch (IOException | ServletException | RuntimeException unreadable) {
            // a request the server could not read has no parts kept
        }
    }

    private static boolean isMultipartPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equalsIgnoreCase(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** Whether the server refused the request for its size (its SizeException, or a size named in the message). */
    private static boolean tooLarge(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            String text = cause.getClass().getSimpleName() + " " + cause.getMessage();
            if (text.contains("SizeException") || text.toLowerCase(Locale.ROOT).contains("size")) {
                return true;
            }
        }
        return false;
    }

    /** The page the upload came from when the browser names one of this application's, else the post's own page. */
    private static String backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                String path = from.getRawPath();
                if (path != null && path.startsWith(request.getContextPath() + "/")
                        && (from.getHost() == null || from.getHost().equalsIgnoreCase(request.getServerName()))) {
                    return path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall back to the post's own page
            }
        }
        return request.getRequestURI();
    }
}
