package se.lsgraph.server.limits;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.load.InputRejectedException;
import se.lsgraph.load.RdfFileReader;
import se.lsgraph.load.guard.InputGuard;
import se.lsgraph.load.guard.InputLimits;
import se.lsgraph.load.guard.Syntax;

/**
 * Uploads (Graph Store Protocol PUT and POST) are read within the same {@link InputLimits} as
 * {@code lsgraph load}, and an empty body is refused rather than replacing a graph with nothing.
 * A refusal reaches Fuseki as a parse error, so it answers 400 with the reason and aborts the write.
 * A body in an RDF syntax is first parsed as {@code lsgraph load} parses a file (no base IRI, so a
 * relative IRI is refused with its line and column instead of resolving against the upload URL);
 * only a body that passes reaches Fuseki. The body is at most --max-request-size, so holding it is bounded.
 */
public final class UploadGuard implements Filter {
    static final String BODY = "the request body";

    private final InputLimits limits;

    public UploadGuard(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http
                && ("PUT".equals(http.getMethod()) || "POST".equals(http.getMethod()))) {
            Lang lang = http.getContentType() == null ? null : RDFLanguages.contentTypeToLang(http.getContentType());
            String encoding = http.getHeader("Content-Encoding");
            if (lang != null && (encoding == null || encoding.equalsIgnoreCase("identity"))) {
                byte[] body = http.getInputStream().readAllBytes();
                try {
                    RdfFileReader.read(BODY, lang, body, StreamRDFLib.sinkNull());
                } catch (InputRejectedException e) {
                    refuse((HttpServletResponse) response, e.getMessage());
                    return;
                }
                request = new Guarded(new Replayed(http, body), limits);
            } else {
                request = new Guarded(http, limits);
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(400);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(message + "\n");
    }

    /** A request whose body was read already: its bytes again, for Fuseki. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final ServletInputStream stream;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.stream = over(new java.io.ByteArrayInputStream(body));
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        private static ServletInputStream over(java.io.ByteArrayInputStream in) {
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int off, int len) {
                    return in.read(buffer, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("uploads are read blocking");
                }
            };
        }
    }

    private static final class Guarded extends HttpServletRequestWrapper {
        private final InputLimits limits;
        private ServletInputStream guarded;

        Guarded(HttpServletRequest request, InputLimits limits) {
            super(request);
            this.limits = limits;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (guarded == null) {
                Lang lang = getContentType() == null ? null : RDFLanguages.contentTypeToLang(getContentType());
                Syntax syntax = lang == null ? Syntax.OTHER : Syntax.of(lang);
                guarded = new Body(super.getInputStream(), InputGuard.of(BODY, super.getInputStream(), limits, syntax, -1));
            }
            return guarded;
        }
    }

    /** The body through the guard; a refusal becomes the parse error Fuseki reports. */
    private static final class Body extends ServletInputStream {
        private final ServletInputStream original;
        private final InputStream in;
        private long read;

        Body(ServletInputStream original, InputStream in) {
            this.original = original;
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(buffer, off, len);
            } catch (InputRejectedException e) {
                throw new RiotException(e.getMessage());
            }
            if (n < 0 && read == 0)
                throw new RiotException(BODY + ": holds no data; an upload may not replace a graph with nothing "
                        + "(DELETE the graph instead)");
            if (n > 0)
                read += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return original.isFinished();
        }

        @Override
        public boolean isReady() {
            return original.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            original.setReadListener(listener);
        }
    }
}
