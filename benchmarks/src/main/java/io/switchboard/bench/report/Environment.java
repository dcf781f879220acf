package io.switchboard.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the figures were measured.
 *
 * @param loadAverage /proc/loadavg when the run started (the machine may be shared)
 * @param memoryTotal MemTotal of /proc/meminfo
 */
public record Environment(int cores, String jvm, String os, String switchboardVersion, String gitCommit, String loadAverage,
                          String memoryTotal) {

    /** Version and commit come from the launcher ({@code -Dbench.version}, {@code -Dbench.commit}). */
    public static Environment current() {
        return new Environment(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("bench.version", "unknown"), System.getProperty("bench.commit", "unknown"),
                read("/proc/loadavg"), meminfo());
    }

    private static String meminfo() {
        return read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal")).map(l -> l.replaceAll("\\s+", " ").substring(10))
                .findFirst().orElse("unknown");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
