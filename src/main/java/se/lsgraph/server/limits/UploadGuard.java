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
 * only a body that passes reaches Fuseki. The body is at most --max-request-size, so holding it is
 * bounded; a gzipped body is decompressed here within the same size, any other Content-Encoding is refused.
 */
public final class UploadGuard implements Filter {
    static final String BODY = "the request body";

    private final InputLimits limits;
    private final long maxDecompressedBytes;

    /** @param maxDecompressedBytes most bytes a gzipped body may hold decompressed (the request size limit) */
    public UploadGuard(InputLimits limits, long maxDecompressedBytes) {
        this.limits = limits;
        this.maxDecompressedBytes = maxDecompressedBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http
                && ("PUT".equals(http.getMethod()) || "POST".equals(http.getMethod()))) {
            Lang lang = http.getContentType() == null ? null : RDFLanguages.contentTypeToLang(http.getContentType());
            String encoding = http.getHeader("Content-Encoding");
            boolean gzip = "gzip".equalsIgnoreCase(encoding);
            if (encoding != null && !gzip && !encoding.equalsIgnoreCase("identity")) {
                refuse((HttpServletResponse) response, 415, BODY + ": Content-Encoding " + encoding + " is not accepted (only gzip)");
                return;
            }
            if (lang != null || gzip) {
                byte[] body;
                try {
                    body = gzip ? inflate(http.getInputStream()) : http.getInputStream().readAllBytes();
                    if (lang != null)
                        RdfFileReader.read(BODY, lang, body, StreamRDFLib.sinkNull());
                } catch (InputRejectedException e) {
                    refuse((HttpServletResponse) response, 400, e.getMessage());
                    return;
                }
                request = new Guarded(new Replayed(http, body), limits);
            } else {
                request = new Guarded(http, limits);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * A gzipped body is decompressed here, within the request size limit, so that no parser behind
     * ever reads past it (a gigabyte of Turtle gzipped to 3 MB used to be parsed whole by Fuseki).
     */
    private byte[] inflate(InputStream compressed) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new java.util.zip.GZIPInputStream(compressed, 1 << 16)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + (long) n > maxDecompressedBytes)
                    throw new InputRejectedException(BODY, null, "more than " + maxDecompressedBytes
                            + " bytes once decompressed (--max-request-size); refused");
                out.write(buffer, 0, n);
            }
        } catch (java.util.zip.ZipException e) {
            throw new InputRejectedException(BODY, null, "not valid gzip (" + e.getMessage() + "); refused");
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(message + "\n");
    }

    /** A request whose body was read (and decompressed) already: its bytes again, for Fuseki, with no Content-Encoding left. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final ServletInputStream stream;
        private final int length;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.stream = new BufferedBodyStream(body);
            this.length = body.length;
        }

        @Override
        public String getHeader(String name) {
            if ("Content-Encoding".equalsIgnoreCase(name))
                return null;
            if ("Content-Length".equalsIgnoreCase(name))
                return Integer.toString(length);
            return super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            if ("Content-Encoding".equalsIgnoreCase(name))
                return java.util.Collections.emptyEnumeration();
            if ("Content-Length".equalsIgnoreCase(name))
                return java.util.Collections.enumeration(java.util.List.of(Integer.toString(length)));
            return super.getHeaders(name);
        }

        @Override
        public int getContentLength() {
            return length;
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
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
