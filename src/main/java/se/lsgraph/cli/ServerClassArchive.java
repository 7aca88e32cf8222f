package se.lsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Class data sharing for the server's JVM (issue #14: the first search within 2 s of start): the
 * classes serve loads (Jena, Jetty, Lucene; most of a restart's time before Jetty listens) are kept
 * in an archive the next start maps instead of reading and verifying them again. The first serve of
 * a jar records the archive when its JVM exits; the archive is checked by starting a JVM on it
 * before it is put in place (a JVM given a truncated archive crashes), so a serve stopped with
 * SIGKILL or a failed check leaves no archive and the next start records one again. Without a
 * writable temporary folder, or on a class path that is not one jar, serve runs without it.
 */
final class ServerClassArchive {
    private static final String FOLDER = "lsgraph-class-archives";
    /** How a JVM that wrote its archive ends: normally, or stopped by SIGINT or SIGTERM. */
    private static final List<Integer> CLEAN_EXITS = List.of(0, 130, 143);
    /** Class data sharing's own messages (an archive of another jar is refused with a warning) are not the operator's concern. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path recording;
    private final List<String> jvmOptions;
    private final String classPath;
    private boolean settled;

    private ServerClassArchive(Path archive, Path recording, List<String> jvmOptions, String classPath) {
        this.archive = archive;
        this.recording = recording;
        this.jvmOptions = jvmOptions;
        this.classPath = classPath;
    }

    /**
     * The archive for this jar, JVM and options, in the temporary folder; empty when the class path
     * is not one jar, the options already choose class data sharing, or the folder cannot be made.
     */
    static Optional<ServerClassArchive> forServer(String classPath, List<String> jvmOptions) {
        Path jar = Path.of(classPath).toAbsolutePath();
        if (!classPath.endsWith(".jar") || !Files.isRegularFile(jar)
                || jvmOptions.stream().anyMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit")))
            return Optional.empty();
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), FOLDER));
            String ofJar = hash(jar.toString());
            String ofBuild = hash(Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " " + System.getProperty("java.home")
                    + " " + System.getProperty("java.vm.version") + " " + jvmOptions);
            Path archive = folder.resolve(ofJar + "-" + ofBuild + ".jsa");
            Path recording = folder.resolve(ofJar + "-" + ofBuild + "." + ProcessHandle.current().pid() + ".recording");
            return Optional.of(new ServerClassArchive(archive, recording, jvmOptions, classPath));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The options for the server's JVM: use the archive if there is one, else record it at exit. */
    List<String> options() {
        List<String> out = new ArrayList<>(QUIET);
        out.add(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + recording);
        return out;
    }

    /**
     * After the server's JVM ended: a recording it finished is checked and put in place, replacing
     * the archives of earlier builds of the same jar. Called once by whichever of the relaunching
     * JVM's main thread and shutdown hook comes first.
     */
    synchronized void settle(int exitCode) {
        if (settled || !Files.exists(recording))
            return;
        settled = true;
        try {
            if (CLEAN_EXITS.contains(exitCode) && opens(recording)) {
                removeEarlierArchives();
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // serve runs without the archive; the next start records it again
        } finally {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException ignored) {
                // a stale recording is never used: only a checked archive is
            }
        }
    }

    /** True if a JVM with the server's options starts on the recorded archive (-Xshare:on fails rather than running without it). */
    private boolean opens(Path recorded) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + ServeHeap.DEFAULT);
        command.addAll(jvmOptions);
        command.addAll(QUIET);
        command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + recorded, "-cp", classPath, "-version"));
        try {
            Process check = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A new build of the jar makes the archives of the old one useless: they are removed, not left to fill the folder. */
    private void removeEarlierArchives() throws IOException {
        String ofJar = archive.getFileName().toString().substring(0, archive.getFileName().toString().indexOf('-') + 1);
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(archive.getParent(), ofJar + "*.jsa")) {
            for (Path p : earlier)
                Files.deleteIfExists(p);
        }
    }

    /**
     * A file-name key, not a security check: the archive is verified by a JVM before it is used. CRC-32
     * rather than SHA-256, since the relaunching JVM loads the zip classes anyway and a message
     * digest's providers cost it about 60 ms of the start.
     */
    private static String hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue() | 1L << 32).substring(1); // eight digits, leading zeros kept
    }
}
