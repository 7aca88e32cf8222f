package se.lsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time from Linux's /proc: a process's user + system time (/proc/PID/stat) and the machine's
 * busy and total time (/proc/stat), in clock ticks, so a phase can say who used the cores.
 */
final class ThroughputCpu {
    /** Linux reports /proc times in USER_HZ, which is 100 on every architecture Java runs on here. */
    static final double TICKS_PER_SECOND = 100.0;

    /** Machine time in ticks: busy (all but idle and iowait) and total, summed over every core. */
    record Machine(long busy, long total) {
        Machine minus(Machine earlier) {
            return new Machine(busy - earlier.busy, total - earlier.total);
        }
    }

    /** What a JVM thread works on, told by its name (Linux keeps the first 15 characters). */
    enum Work {
        REQUESTS, JIT, GC, OTHER;

        static Work of(String threadName) {
            if (threadName.startsWith("qtp"))
                return REQUESTS;
            if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre"))
                return JIT;
            if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 "))
                return GC;
            return OTHER;
        }
    }

    /** Ticks of each thread of a process at one moment, by thread id. */
    record Threads(Map<Long, Long> ticks, Map<Long, Work> work) {
        /** Ticks used since {@code earlier}, by kind of work; a thread born since counts from zero. */
        Map<Work, Long> since(Threads earlier) {
            Map<Work, Long> used = new EnumMap<>(Work.class);
            for (Work w : Work.values())
                used.put(w, 0L);
            ticks.forEach((tid, now) -> used.merge(work.get(tid), now - earlier.ticks.getOrDefault(tid, 0L), Long::sum));
            return used;
        }
    }

    private ThroughputCpu() {}

    /** Every thread's user + system ticks (threads that end in between are lost; a JVM's main ones live on). */
    static Threads threads(long pid) {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, Work> work = new HashMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path task : all.toList()) {
                long t = ticks(task.resolve("stat"));
                if (t < 0)
                    continue;
                long tid = Long.parseLong(task.getFileName().toString());
                ticks.put(tid, t);
                work.put(tid, Work.of(Files.readString(task.resolve("comm")).strip()));
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended: what was read so far stands
        }
        return new Threads(ticks, work);
    }

    /** User + system ticks of a process (all its threads); -1 once it is gone. */
    static long processTicks(long pid) {
        return ticks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    private static long ticks(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // The command name in parentheses may hold spaces: fields are counted after its ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    static Machine machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
            for (int i = 1; i <= 8 && i < f.length; i++)
                total += Long.parseLong(f[i]);
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new Machine(total - idle, total);
        } catch (IOException | RuntimeException e) {
            return new Machine(0, 0);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
