package se.lsgraph.server.limits;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A request that announces a body larger than the limit is answered 413 with a JSON message before
 * any of it is read. Bodies sent without a length (chunked) are cut at the same limit by Jetty's
 * SizeLimitHandler, inside this one.
 */
final class DeclaredSizeLimit extends Handler.Wrapper {
    private final long maxBytes;

    DeclaredSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length <= maxBytes)
            return super.handle(request, response, callback);
        response.setStatus(413);
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, "{\"status\":413,\"error\":\"The request body has " + length
                + " bytes; this server accepts at most " + maxBytes + " bytes (--max-request-size)\"}", callback);
        return true;
    }
}
