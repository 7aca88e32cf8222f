package se.lsgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * HAProxy's runtime API on its admin socket (the `stats socket` of deploy/haproxy.cfg): what a
 * rollout needs to drain a replica, take it out, put it back, and see its sessions and state.
 */
final class HaproxyRuntime {
    static final String BACKEND = "lsgraph_replicas";
    private final Path socket;

    HaproxyRuntime(Path socket) {
        this.socket = socket;
    }

    /** One command, one answer: the socket closes after answering when not in interactive mode. */
    String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 14);
            while (channel.read(buffer) > 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** ready, drain or maint (HAProxy's administrative states). */
    void setState(String server, String state) throws IOException {
        String answer = command("set server " + BACKEND + "/" + server + " state " + state);
        if (!answer.isBlank())
            throw new IOException("HAProxy refused 'set server " + server + " state " + state + "': " + answer.strip());
    }

    /** The server's row of `show stat`: its current sessions (scur) and status (UP, DOWN, DRAIN, MAINT, ...). */
    ServerStat stat(String server) throws IOException {
        List<String> lines = command("show stat").lines().toList();
        List<String> header = Arrays.asList(lines.get(0).replaceFirst("^# ", "").split(","));
        int scur = header.indexOf("scur");
        int status = header.indexOf("status");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length > status && f[0].equals(BACKEND) && f[1].equals(server))
                return new ServerStat(Integer.parseInt(f[scur]), f[status]);
        }
        throw new IOException("HAProxy has no server " + BACKEND + "/" + server);
    }

    record ServerStat(int sessions, String status) {}
}
