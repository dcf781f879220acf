package io.switchboard.bench.proc;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the stack's processes every second while a scenario runs: peak RSS and CPU seconds used in between. */
public final class ResourceWatch implements AutoCloseable {

    private final ProcessStats stats;
    private final Map<String, ProcessStats.Sample> before;
    private final Map<String, Long> peakRss = new LinkedHashMap<>();
    private long peakTotal;
    private Map<String, ProcessStats.Sample> after;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-resources");
        t.setDaemon(true);
        return t;
    });

    public ResourceWatch(Path stackDir) {
        this.stats = new ProcessStats(stackDir);
        this.before = stats.sample();
        sampleOnce();
        sampler.scheduleAtFixedRate(this::sampleOnce, 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void sampleOnce() {
        Map<String, ProcessStats.Sample> now = stats.sample();
        long total = 0;
        for (var e : now.entrySet()) {
            peakRss.merge(e.getKey(), e.getValue().rssBytes(), Math::max);
            total += e.getValue().rssBytes();
        }
        peakTotal = Math.max(peakTotal, total);
    }

    /** Stops sampling and takes the final CPU figures. */
    @Override
    public synchronized void close() {
        sampler.shutdownNow();
        sampleOnce();
        after = stats.sample();
    }

    public synchronized Map<String, Long> peakRss() {
        return Map.copyOf(peakRss);
    }

    /** The highest sum of all processes' RSS seen at one sample (not the sum of each one's peak). */
    public synchronized long peakTotalRss() {
        return peakTotal;
    }

    /** CPU seconds each process used between the start and {@link #close()}. */
    public synchronized Map<String, Double> cpuSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        after.forEach((name, s) -> out.put(name, s.cpuSeconds() - (before.containsKey(name) ? before.get(name).cpuSeconds() : 0)));
        return out;
    }

    public boolean sawProcesses() {
        return !before.isEmpty();
    }
}
