package se.lsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private ThroughputCpu() {}

    /** User + system ticks of a process (all its threads); -1 once it is gone. */
    static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
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
