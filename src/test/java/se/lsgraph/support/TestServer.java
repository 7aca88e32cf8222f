package se.lsgraph.support;

import java.util.function.UnaryOperator;

import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;

/** An embedded server for a test: the bundled graph in memory, a free loopback port, stopped on close. */
public final class TestServer implements AutoCloseable {
    public final GraphStore store;
    public final LsgraphServer server;
    public final Http http;

    private TestServer(GraphStore store, LsgraphServer server) {
        this.store = store;
        this.server = server;
        this.http = new Http(server.port());
    }

    public static TestServer start() {
        return start(b -> b);
    }

    /** Starts with extra configuration of the server (update credentials, timeout, public URL). */
    public static TestServer start(UnaryOperator<LsgraphServer.Builder> configure) {
        GraphStore store = TestStores.bundled();
        LsgraphServer server = configure.apply(LsgraphServer.builder(store).host("127.0.0.1").port(0)).build().start();
        return new TestServer(store, server);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
