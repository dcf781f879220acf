package io.switchboard.graph.requestlog;

import io.switchboard.graph.config.SimulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The last N requests served (a ring buffer), for tests that check what a service really called. */
@ApplicationScoped
public class RequestLog {

    /**
     * @param seq            increasing number, to read only what came after a known point
     * @param time           when the answer was sent
     * @param method         HTTP method
     * @param path           path with query
     * @param tenantId       tenant of the token (Graph) or of the URL (token endpoint), null if unknown
     * @param appId          calling app for Graph requests
     * @param status         HTTP status answered
     * @param durationMicros time to answer
     */
    public record Entry(long seq, Instant time, String method, String path, String tenantId, String appId, int status,
                        long durationMicros) {
    }

    private final Entry[] ring;
    private long next;

    public RequestLog(SimulatorConfig config) {
        this.ring = new Entry[Math.max(100, config.requestLogCapacity())];
    }

    public synchronized void add(String method, String path, String tenantId, String appId, int status, long durationMicros) {
        long seq = ++next;
        ring[(int) (seq % ring.length)] = new Entry(seq, Instant.now(), method, path, tenantId, appId, status, durationMicros);
    }

    /** Entries after {@code afterSeq}, oldest first, optionally only of one tenant or containing a path fragment. */
    public synchronized List<Entry> read(long afterSeq, String tenantId, String pathContains, int limit) {
        List<Entry> out = new ArrayList<>();
        long from = Math.max(afterSeq + 1, next - ring.length + 1);
        for (long seq = Math.max(1, from); seq <= next && out.size() < limit; seq++) {
            Entry e = ring[(int) (seq % ring.length)];
            if (e != null && e.seq() == seq && (tenantId == null || tenantId.equalsIgnoreCase(e.tenantId()))
                    && (pathContains == null || e.path().contains(pathContains))) {
                out.add(e);
            }
        }
        return out;
    }

    public synchronized long lastSeq() {
        return next;
    }

    public synchronized void clear() {
        java.util.Arrays.fill(ring, null);
    }
}
