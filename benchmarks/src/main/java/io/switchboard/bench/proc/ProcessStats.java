package io.switchboard.bench.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resident memory and CPU time of the stack's processes, read from /proc for the pids in {@code <stack>/pids}
 * (Linux only; elsewhere the figures are simply absent).
 */
public final class ProcessStats {

    /** One process at one moment: VmRSS in bytes and user+system CPU in seconds. */
    public record Sample(long rssBytes, double cpuSeconds) {
    }

    /** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux the benchmarks run on (USER_HZ). */
    private static final double TICKS = 100.0;

    private final Path pids;

    public ProcessStats(Path stackDir) {
        this.pids = stackDir.resolve("pids");
    }

    /** Every live process of the stack by name (infra, graph-simulator, directory-watcher, ...). */
    public Map<String, Sample> sample() {
        Map<String, Sample> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(pids)) {
            files.sorted().forEach(file -> pid(file).flatMap(ProcessStats::read).ifPresent(s -> out.put(file.getFileName().toString(), s)));
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static Optional<Long> pid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The process and its children (the infra process runs PostgreSQL as child processes). */
    static Optional<Sample> read(long pid) {
        Optional<Sample> own = readOne(pid);
        if (own.isEmpty()) {
            return own;
        }
        long rss = own.get().rssBytes();
        double cpu = own.get().cpuSeconds();
        for (long child : children(pid)) {
            Optional<Sample> c = read(child);
            if (c.isPresent()) {
                rss += c.get().rssBytes();
                cpu += c.get().cpuSeconds();
            }
        }
        return Optional.of(new Sample(rss, cpu));
    }

    private static Optional<Sample> readOne(long pid) {
        try {
            long rssKb = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(0);
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command (which may contain spaces) start after the last ')'; utime and stime are 14 and 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
            return Optional.of(new Sample(rssKb * 1024, cpu));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long[] children(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.flatMap(task -> {
                try {
                    String text = Files.readString(task.resolve("children")).trim();
                    return text.isEmpty() ? Stream.empty() : Stream.of(text.split("\\s+"));
                } catch (IOException e) {
                    return Stream.empty();
                }
            }).mapToLong(Long::parseLong).toArray();
        } catch (IOException e) {
            return new long[0];
        }
    }
}
