package se.lsgraph.server.limits;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Slows password guessing: a client that sent wrong credentials {@value #ALLOWED_FAILURES} times is
 * answered 429 with Retry-After for {@link #LOCKOUT} on every request that carries credentials. It
 * wraps the whole server, outside the security handler, because that handler answers 401 before
 * any servlet filter runs.
 */
public final class AuthenticationThrottle extends Handler.Wrapper {
    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(1);

    private final FailedLogins failures;

    public AuthenticationThrottle() {
        this(new FailedLogins(ALLOWED_FAILURES, LOCKOUT, Clock.systemUTC()));
    }

    AuthenticationThrottle(FailedLogins failures) {
        this.failures = failures;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!request.getHeaders().contains(HttpHeader.AUTHORIZATION))
            return super.handle(request, response, callback);
        String client = Request.getRemoteAddr(request);
        long wait = failures.secondsLocked(client);
        if (wait > 0) {
            refuse(response, callback, wait);
            return true;
        }
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                record(client, response.getStatus());
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                record(client, response.getStatus());
                super.failed(x);
            }
        });
    }

    private void record(String client, int status) {
        if (status == 401)
            failures.failed(client);
        else if (status < 400)
            failures.succeeded(client);
    }

    private static void refuse(Response response, Callback callback, long seconds) {
        response.setStatus(429);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        String body = "{\"status\":429,\"error\":\"Too many failed logins from this address; try again in " + seconds + " s\"}";
        Content.Sink.write(response, true, body, callback);
    }
}
