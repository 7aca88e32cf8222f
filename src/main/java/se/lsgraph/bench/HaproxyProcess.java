package se.lsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** HAProxy in the foreground with deploy/haproxy.cfg, its addresses and admin socket set through the environment. */
final class HaproxyProcess {
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final Path config;
    private final Path run;
    private final int front;
    private final List<Integer> replicaPorts;
    private Process process;

    HaproxyProcess(Path config, Path run, int front, List<Integer> replicaPorts) {
        this.config = config;
        this.run = run;
        this.front = front;
        this.replicaPorts = replicaPorts;
    }

    Path socket() {
        return run.resolve("admin.sock");
    }

    void start() throws IOException, InterruptedException {
        if (!Files.isExecutable(HAPROXY))
            throw new IllegalStateException("HAProxy is not installed (" + HAPROXY + "): apt-get install haproxy");
        ProcessBuilder pb = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(run.resolve("haproxy.log").toFile()));
        pb.environment().put("LSGRAPH_HAPROXY_RUN", run.toString());
        pb.environment().put("LSGRAPH_FRONTEND", "127.0.0.1:" + front);
        for (int i = 0; i < replicaPorts.size(); i++)
            pb.environment().put("LSGRAPH_REPLICA_" + (i + 1), "127.0.0.1:" + replicaPorts.get(i));
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!(Files.exists(socket()) && ReplicaBenchmark.listening(front))) {
            if (!process.isAlive() || System.nanoTime() > deadline)
                throw new IllegalStateException("HAProxy did not start; see " + run.resolve("haproxy.log"));
            Thread.sleep(100);
        }
    }

    void stop() throws InterruptedException {
        if (process == null)
            return;
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS))
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
