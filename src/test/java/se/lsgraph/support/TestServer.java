package se.lsgraph.support;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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
        // Tests read the stored catalogue record from their first request on; the server would write it after the first search.
        server.bringCatalogueCurrent();
        // The finder builds its index in the background: tests start once it is built (or its build failed).
        server.awaitSearchReady(java.time.Duration.ofSeconds(120));
        return new TestServer(store, server);
    }

    /**
     * Starts on a given store (for instance one on disk, where an aborted write is followed by a
     * reconnect as in production), after installing the bundled graph in it.
     */
    public static TestServer startOn(GraphStore store, UnaryOperator<LsgraphServer.Builder> configure) {
        new se.lsgraph.load.BundleInstaller(store, null).ensureCurrent(se.lsgraph.load.BundleSources.fromClasspath());
        LsgraphServer server = configure.apply(LsgraphServer.builder(store).host("127.0.0.1").port(0)).build().start();
        server.bringCatalogueCurrent();
        server.awaitSearchReady(java.time.Duration.ofSeconds(120));
        return new TestServer(store, server);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    /** A server for a whole test class: {@code @RegisterExtension static final TestServer.Extension WEB = TestServer.extension();} */
    public static Extension extension() {
        return new Extension(b -> b);
    }

    public static Extension extension(UnaryOperator<LsgraphServer.Builder> configure) {
        return new Extension(configure);
    }

    public static final class Extension implements BeforeAllCallback, AfterAllCallback {
        private final UnaryOperator<LsgraphServer.Builder> configure;
        private TestServer web;

        private Extension(UnaryOperator<LsgraphServer.Builder> configure) {
            this.configure = configure;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            web = start(configure);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            web.close();
        }

        public GraphStore store() {
            return web.store;
        }

        public Http http() {
            return web.http;
        }

        public int port() {
            return web.server.port();
        }

        /** After a test wrote to the store: a search starts the finder's rebuild, then this waits for it. */
        public void awaitFinderCurrent() {
            web.http.get("/api/search?q=rebuild", "application/json");
            web.server.awaitSearchReady(java.time.Duration.ofSeconds(120));
        }
    }
}
