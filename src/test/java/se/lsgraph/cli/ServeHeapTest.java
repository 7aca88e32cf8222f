package se.lsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** serve without a chosen heap starts again with the default one; every other case runs as it is. */
class ServeHeapTest {
    @Test
    void serveWithTheJvmsDefaultHeapIsRelaunched() {
        assertTrue(ServeHeap.needsRelaunch(new String[] {"serve", "--port", "8080"}, List.of("-Dlsgraph.logs=/tmp")));
    }

    @Test
    void aChosenHeapOrAnotherCommandIsKept() {
        assertFalse(ServeHeap.needsRelaunch(new String[] {"serve"}, List.of("-Xmx4g")));
        assertFalse(ServeHeap.needsRelaunch(new String[] {"serve"}, List.of("-XX:MaxRAMPercentage=50")));
        assertFalse(ServeHeap.needsRelaunch(new String[] {"serve"}, List.of("-XX:MaxHeapSize=2147483648")));
        assertFalse(ServeHeap.needsRelaunch(new String[] {"load", "--db", "x", "a.ttl"}, List.of()));
        assertFalse(ServeHeap.needsRelaunch(new String[] {}, List.of()));
    }

    @Test
    void theSecondJvmGetsTheDefaultHeapTheSameOptionsAndArguments() {
        List<String> command = ServeHeap.command(new String[] {"serve", "--port", "8080"}, List.of("-Dlsgraph.logs=/tmp/x"));
        assertEquals("-Xmx768m", command.get(1));
        assertEquals("-Dlsgraph.logs=/tmp/x", command.get(2));
        assertEquals("-D" + ServeHeap.PARENT + "=" + ProcessHandle.current().pid(), command.get(3));
        assertEquals(List.of("-cp", System.getProperty("java.class.path"), "se.lsgraph.cli.Main", "serve", "--port", "8080"),
                command.subList(4, command.size()));
    }
}
