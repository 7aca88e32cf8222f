package se.lsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's JVM records a class archive on its first start from a jar and maps it later; otherwise it runs as before. */
class ServerClassArchiveTest {
    @Test
    void aClassPathOfFoldersOrChosenSharingGetsNoArchive(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("lsgraph.jar"), new byte[] {1, 2, 3});
        assertTrue(ServerClassArchive.forServer("target/classes" + java.io.File.pathSeparator + jar, List.of()).isEmpty());
        assertTrue(ServerClassArchive.forServer(dir.resolve("missing.jar").toString(), List.of()).isEmpty());
        assertTrue(ServerClassArchive.forServer(jar.toString(), List.of("-Xshare:off")).isEmpty());
        assertTrue(ServerClassArchive.forServer(jar.toString(), List.of("-XX:SharedArchiveFile=/x.jsa")).isEmpty());
    }

    @Test
    void aJarWithoutAnArchiveRecordsOneAndAnUncheckedRecordingIsNotKept(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("lsgraph-" + ProcessHandle.current().pid() + ".jar"), new byte[] {1, 2, 3});
        ServerClassArchive archive = ServerClassArchive.forServer(jar.toString(), List.of("-Dx=1")).orElseThrow();
        List<String> options = archive.options();
        assertEquals(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"), options.subList(0, 2));
        assertTrue(options.get(2).startsWith("-XX:ArchiveClassesAtExit="), options.get(2));
        Path recording = Path.of(options.get(2).substring("-XX:ArchiveClassesAtExit=".length()));
        // Not an archive a JVM can open (as after a JVM killed while writing it): thrown away, nothing put in place.
        Files.write(recording, new byte[] {0, 1, 2});
        archive.settle(143);
        assertFalse(Files.exists(recording));
        assertTrue(ServerClassArchive.forServer(jar.toString(), List.of("-Dx=1")).orElseThrow().options().get(2)
                .startsWith("-XX:ArchiveClassesAtExit="), "still no archive to use");
    }
}
