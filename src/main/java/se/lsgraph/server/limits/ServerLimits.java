package se.lsgraph.server.limits;

import java.time.Duration;

/**
 * What one server grants its clients. The defaults are sized for the deployment machine (2 cores,
 * a few GB of heap) and explained in docs/security.md.
 *
 * @param maxRequestBytes  largest request body accepted; larger ones get 413 before they are read
 * @param maxThreads       request threads in Jetty's pool
 * @param maxConnections   open connections at once; further ones wait in the accept queue
 * @param threadsPerClient requests of one client address served at once; its further requests wait
 * @param timeout          the query and update timeout; connections idle (or blocked writing to a
 *                         client that does not read) for longer are closed
 * @param memoryLimitPercent heap still in use after a garbage collection, in percent of the maximum,
 *                         past which the longest-running query is stopped ({@link HeapWatchdog})
 */
public record ServerLimits(long maxRequestBytes, int maxThreads, int maxConnections, int threadsPerClient, Duration timeout,
                           int memoryLimitPercent) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_THREADS = 64;
    public static final int DEFAULT_MAX_CONNECTIONS = 256;
    public static final int DEFAULT_THREADS_PER_CLIENT = 8;
    public static final int DEFAULT_MEMORY_LIMIT_PERCENT = 75;
    /** Jetty needs some threads for accepting and selecting besides the request threads. */
    static final int MIN_THREADS = 8;

    public ServerLimits {
        if (maxRequestBytes <= 0)
            throw new IllegalArgumentException("The maximum request size must be a positive number of bytes");
        if (maxThreads < MIN_THREADS)
            throw new IllegalArgumentException("At least " + MIN_THREADS + " server threads are needed, got " + maxThreads);
        if (maxConnections <= 0 || threadsPerClient <= 0)
            throw new IllegalArgumentException("Connection and per-client limits must be positive");
        if (threadsPerClient >= maxThreads)
            throw new IllegalArgumentException("One client may not take all " + maxThreads + " threads (per-client limit " + threadsPerClient + ")");
        if (timeout == null || timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("The timeout must be positive");
        if (memoryLimitPercent < 10 || memoryLimitPercent > 95)
            throw new IllegalArgumentException("The memory limit must be 10-95 % of the heap, not " + memoryLimitPercent);
    }

    public static ServerLimits defaults(Duration timeout) {
        return new ServerLimits(DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_THREADS, DEFAULT_MAX_CONNECTIONS, DEFAULT_THREADS_PER_CLIENT, timeout,
                DEFAULT_MEMORY_LIMIT_PERCENT);
    }

    public ServerLimits withMaxRequestBytes(long bytes) {
        return new ServerLimits(bytes, maxThreads, maxConnections, threadsPerClient, timeout, memoryLimitPercent);
    }

    public ServerLimits withTimeout(Duration newTimeout) {
        return new ServerLimits(maxRequestBytes, maxThreads, maxConnections, threadsPerClient, newTimeout, memoryLimitPercent);
    }

    public ServerLimits withThreads(int threads, int perClient) {
        return new ServerLimits(maxRequestBytes, threads, maxConnections, perClient, timeout, memoryLimitPercent);
    }

    public ServerLimits withMaxConnections(int connections) {
        return new ServerLimits(maxRequestBytes, maxThreads, connections, threadsPerClient, timeout, memoryLimitPercent);
    }

    public ServerLimits withMemoryLimitPercent(int percent) {
        return new ServerLimits(maxRequestBytes, maxThreads, maxConnections, threadsPerClient, timeout, percent);
    }
}
