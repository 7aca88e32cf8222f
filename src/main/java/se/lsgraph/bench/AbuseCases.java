package se.lsgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;

/**
 * The abusive requests of issue #15, each bounded: every request has a client-side timeout well past
 * the server's, and loops have fixed counts. A case reports what the server answered and how long
 * the longest of its requests took.
 */
final class AbuseCases {
    /** @param prepare run before the case's window opens (building a large body is not the server's time) */
    record Case(String name, String what, Abuse abuse, Runnable prepare) {
        Case(String name, String what, Abuse abuse) {
            this(name, what, abuse, () -> { });
        }
    }

    /** @param withinBound whether no request outlived the server's timeout + 1 s, where the duration alone cannot tell */
    record Outcome(String answered, double longestSeconds, Boolean withinBound) {
        Outcome(String answered, double longestSeconds) {
            this(answered, longestSeconds, null);
        }
    }

    @FunctionalInterface
    interface Abuse {
        Outcome run() throws Exception;
    }

    private record Answer(int status, String body, double seconds) {
        String shortly() {
            String text = body.replaceAll("\\s+", " ").strip();
            return status + (text.isEmpty() ? "" : " " + (text.length() > 110 ? text.substring(0, 110) + "…" : text));
        }
    }

    private static final String SCRATCH = "https://w3id.org/lsgraph/graph/abuse-scratch";
    private static final String CARTESIAN = "?a ?b ?c . ?d ?e ?f";

    private final String base;
    private final String password;
    private final long timeoutSeconds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    AbuseCases(String base, String password, long timeoutSeconds) {
        this.base = base;
        this.password = password;
        this.timeoutSeconds = timeoutSeconds;
    }

    List<Case> all() {
        return List.of(
                new Case("regex", "catastrophic regex `REGEX(\"a…a!\", \"^((a+)\\\\2?)+$\")` (40 a's)", this::catastrophicRegex),
                new Case("comment-10mb", "query of 10 MB: a comment, then `ASK {}` (POST)", this::hugeComment),
                new Case("body-100mb", "100 MB request body (POST, length declared)", this::hugeBody),
                new Case("slow-readers", "32 clients (32 addresses) ask for every quad and never read", this::slowReaders),
                new Case("order-by-cartesian", "anonymous `ORDER BY` over a cartesian product", this::orderByCartesian),
                new Case("group-by-cartesian", "anonymous `GROUP BY` over a cartesian product", this::groupByCartesian),
                new Case("reconcile-batch", "/reconcile batch of 1,000 queries × 20,000 characters", this::reconcileBatch),
                new Case("failed-update-long-read", "a long read, a failing update (refused LOAD), then a write", this::failedUpdateAndLongRead),
                new Case("long-update", "SPARQL Update over a three-way cartesian product", this::longUpdate),
                new Case("gzip-bomb", "upload: 1 GiB of N-Triples-like Turtle, gzipped (Content-Encoding: gzip)", this::gzipBomb,
                        this::buildGzipBomb),
                new Case("deep-json-ld", "upload: JSON-LD nested 100,000 arrays deep", this::deepJsonLd),
                new Case("deep-turtle", "upload: Turtle with blank nodes nested 100,000 deep", this::deepTurtle),
                // Last: the lockout it causes would refuse the uploads above.
                new Case("brute-force", "200 wrong passwords in a row", this::bruteForce));
    }

    private Outcome catastrophicRegex() throws InterruptedException {
        return one(query("SELECT ?m WHERE { BIND(REGEX(\"" + "a".repeat(40) + "!\", \"^((a+)\\\\2?)+$\") AS ?m) }"));
    }

    private Outcome hugeComment() throws InterruptedException {
        return one(post("/lsgraph/sparql", "application/sparql-query", "# " + "x".repeat(10_000_000) + "\nASK {}", false));
    }

    private Outcome hugeBody() throws InterruptedException {
        byte[] body = new byte[100 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        HttpRequest r = request("/lsgraph/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return one(send(r));
    }

    private Outcome orderByCartesian() throws InterruptedException {
        return one(query("SELECT * WHERE { " + CARTESIAN + " } ORDER BY ?c ?f"));
    }

    private Outcome groupByCartesian() throws InterruptedException {
        return one(query("SELECT ?c ?f (COUNT(*) AS ?n) WHERE { " + CARTESIAN + " } GROUP BY ?c ?f"));
    }

    private Outcome reconcileBatch() throws InterruptedException {
        StringBuilder batch = new StringBuilder("{");
        String text = "k".repeat(20_000);
        for (int i = 0; i < 1000; i++)
            batch.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"").append(text).append("\"}");
        batch.append('}');
        String form = "queries=" + URLEncoder.encode(batch.toString(), StandardCharsets.UTF_8);
        return one(post("/reconcile", "application/x-www-form-urlencoded", form, false));
    }

    private Outcome failedUpdateAndLongRead() throws Exception {
        CompletableFuture<Answer> longRead = CompletableFuture.supplyAsync(
                () -> uncheckedQuery("SELECT (COUNT(*) AS ?n) WHERE { " + CARTESIAN + " }"));
        Thread.sleep(500);
        Answer failed = post("/lsgraph/update", "application/sparql-update", "LOAD <file:///etc/hostname> INTO GRAPH <" + SCRATCH + ">", true);
        Answer write = post("/lsgraph/update", "application/sparql-update",
                "INSERT DATA { GRAPH <" + SCRATCH + "> { <urn:lsgraph:abuse:s> <urn:lsgraph:abuse:p> 1 } }", true);
        Answer cleanUp = post("/lsgraph/update", "application/sparql-update", "DROP SILENT GRAPH <" + SCRATCH + ">", true);
        Answer read = longRead.get();
        return new Outcome("read " + read.status() + " after " + seconds(read) + "; LOAD " + failed.status()
                + "; next write " + write.status() + " after " + seconds(write) + "; clean-up " + cleanUp.status(),
                Math.max(Math.max(read.seconds(), failed.seconds()), Math.max(write.seconds(), cleanUp.seconds())));
    }

    private Outcome longUpdate() throws InterruptedException {
        return one(post("/lsgraph/update", "application/sparql-update", "INSERT { GRAPH <" + SCRATCH + "> { ?a <urn:lsgraph:abuse:p> ?i } } "
                + "WHERE { " + CARTESIAN + " . ?g ?h ?i }", true));
    }

    private Outcome bruteForce() throws InterruptedException {
        Map<String, Integer> statuses = new TreeMap<>();
        double longest = 0;
        for (int i = 0; i < 200; i++) {
            HttpRequest r = request("/lsgraph/update").header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic(AbuseServer.USER, "guess-" + i))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + SCRATCH + "> { <urn:lsgraph:abuse:s> <urn:lsgraph:abuse:p> " + i + " } }"))
                    .build();
            Answer a = send(r);
            statuses.merge(a.status() == 0 ? a.body() : Integer.toString(a.status()), 1, Integer::sum);
            longest = Math.max(longest, a.seconds());
        }
        return new Outcome("statuses " + statuses, longest);
    }

    private byte[] gzipBomb;

    private void buildGzipBomb() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] line = "<urn:lsgraph:abuse:s> <urn:lsgraph:abuse:p> \"bomb\" .\n".getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[line.length * 20_000];
        for (int i = 0; i < 20_000; i++)
            System.arraycopy(line, 0, block, i * line.length, line.length);
        try (OutputStream gz = new GZIPOutputStream(compressed, 1 << 16)) {
            for (long written = 0; written < (1L << 30); written += block.length)
                gz.write(block);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        gzipBomb = compressed.toByteArray();
    }

    private Outcome gzipBomb() throws InterruptedException {
        HttpRequest r = request("/lsgraph/gsp-rw?graph=" + URLEncoder.encode(SCRATCH, StandardCharsets.UTF_8))
                .header("Content-Type", "text/turtle").header("Content-Encoding", "gzip")
                .header("Authorization", basic(AbuseServer.USER, password))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(gzipBomb)).build();
        Answer a = send(r);
        return new Outcome(a.shortly() + " (" + gzipBomb.length / 1024 + " KiB sent)", a.seconds());
    }

    private Outcome deepJsonLd() throws InterruptedException {
        int depth = 100_000;
        String body = "{\"@id\":\"urn:lsgraph:abuse:s\",\"urn:lsgraph:abuse:p\":" + "[".repeat(depth) + "1" + "]".repeat(depth) + "}";
        return one(upload("application/ld+json", body));
    }

    private Outcome deepTurtle() throws InterruptedException {
        int depth = 100_000;
        String body = "<urn:lsgraph:abuse:s> <urn:lsgraph:abuse:p> " + "[ <urn:lsgraph:abuse:p> ".repeat(depth) + "1" + " ]".repeat(depth) + " .\n";
        return one(upload("text/turtle", body));
    }

    /**
     * 32 clients (each from its own loopback address, 127.0.1.1-32, so the per-client limit does not
     * queue them), each with a tiny receive buffer, ask for every triple and read nothing. At
     * the timeout + 1 s each is drained: it counts as closed by the server if the drain ends in
     * end-of-stream or a reset, as still held if it stalls with the answer unfinished.
     */
    private Outcome slowReaders() throws IOException, InterruptedException {
        String path = "/lsgraph/sparql?query=" + URLEncoder.encode("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
        URI uri = URI.create(base);
        List<Socket> sockets = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < 32; i++) {
                Socket s = new Socket();
                s.setReceiveBufferSize(4096);
                s.bind(new InetSocketAddress("127.0.1." + (i + 1), 0));
                s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAccept: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                sockets.add(s);
            }
            Thread.sleep(Math.max(0, (timeoutSeconds + 1) * 1000 - (System.nanoTime() - start) / 1_000_000));
            int closed = 0;
            for (Socket s : sockets)
                if (drainEndsClosed(s))
                    closed++;
            return new Outcome(closed + " of 32 closed by the server within " + (timeoutSeconds + 1) + " s",
                    (System.nanoTime() - start) / 1e9, closed == sockets.size());
        } finally {
            for (Socket s : sockets)
                s.close();
        }
    }

    private static boolean drainEndsClosed(Socket s) {
        byte[] buffer = new byte[1 << 16];
        try {
            s.setSoTimeout(1_000);
            InputStream in = s.getInputStream();
            for (long total = 0; total < (256L << 20); ) {
                int n = in.read(buffer);
                if (n < 0)
                    return true;
                total += n;
            }
            return false;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private Outcome one(Answer a) {
        return new Outcome(a.shortly(), a.seconds());
    }

    private Answer upload(String contentType, String body) throws InterruptedException {
        HttpRequest r = request("/lsgraph/gsp-rw?graph=" + URLEncoder.encode(SCRATCH, StandardCharsets.UTF_8))
                .header("Content-Type", contentType).header("Authorization", basic(AbuseServer.USER, password))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(r);
    }

    private Answer query(String sparql) throws InterruptedException {
        return send(request("/lsgraph/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))
                .header("Accept", "text/csv").GET().build());
    }

    private Answer uncheckedQuery(String sparql) {
        try {
            return query(sparql);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", 0);
        }
    }

    private Answer post(String path, String contentType, String body, boolean authenticated) throws InterruptedException {
        HttpRequest.Builder r = request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authenticated)
            r.header("Authorization", basic(AbuseServer.USER, password));
        return send(r.build());
    }

    /** Every abusive request gives up 60 s past the server's timeout: the bound of the whole case. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(timeoutSeconds + 60));
    }

    private Answer send(HttpRequest request) throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            return new Answer(0, "no answer: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static String seconds(Answer a) {
        return String.format("%.1f s", a.seconds());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
