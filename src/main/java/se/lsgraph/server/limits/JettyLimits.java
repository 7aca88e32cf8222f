package se.lsgraph.server.limits;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;

/**
 * Puts {@link ServerLimits} on a built Fuseki server. From the outside in: the password throttle,
 * the per-client thread limit, the body size limit, then Fuseki; connections are capped and close
 * when idle for the timeout, which also bounds a write blocked on a client that does not read.
 */
public final class JettyLimits {
    private JettyLimits() {}

    /** Sizes the thread pool: call on the builder, before build(). */
    public static void configure(FusekiServer.Builder fuseki, ServerLimits limits) {
        fuseki.numServerThreads(ServerLimits.MIN_THREADS, limits.maxThreads());
    }

    /** Call on the built server, before start(). */
    public static void apply(FusekiServer fuseki, ServerLimits limits) {
        Server server = fuseki.getJettyServer();
        for (Connector c : server.getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setIdleTimeout(limits.timeout().toMillis());
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));

        ThreadLimitHandler perClient = new ThreadLimitHandler(null, true);
        perClient.setThreadLimit(limits.threadsPerClient());
        SizeLimitHandler size = new SizeLimitHandler(limits.maxRequestBytes(), -1);
        AuthenticationThrottle throttle = new AuthenticationThrottle();
        DeclaredSizeLimit declared = new DeclaredSizeLimit(limits.maxRequestBytes());
        size.setHandler(server.getHandler());
        declared.setHandler(size);
        perClient.setHandler(declared);
        throttle.setHandler(perClient);
        server.setHandler(throttle);
    }
}
