package io.switchboard.inventory.publishing;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventMeta;
import io.switchboard.events.inventory.RangeUpdated;
import io.switchboard.inventory.publishing.RangeChanges.RangeKey;
import io.switchboard.inventory.ranges.NumberRange;
import io.switchboard.inventory.ranges.RangeCounts;
import io.switchboard.inventory.ranges.RangeRepository;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Publishes {@code RangeUpdated} on the compacted {@code inventory.ranges} topic, through the
 * outbox, at most once per tick per range and only when what a reader sees has changed. A
 * periodic sweep republishes any range whose state differs from what this instance last
 * published (and everything after a restart), so a change is never lost for good.
 */
@ApplicationScoped
public class RangePublisher {

    private final Mutiny.SessionFactory sessions;
    private final RangeRepository ranges;
    private final RangeChanges changes;
    private final Outbox outbox;
    private final long recentNanos;
    private final Map<RangeKey, RangeSnapshot> published = new ConcurrentHashMap<>();

    public RangePublisher(Mutiny.SessionFactory sessions, RangeRepository ranges, RangeChanges changes, Outbox outbox,
                          @ConfigProperty(name = "switchboard.inventory.ranges.recheck-for", defaultValue = "5s") Duration recheck) {
        this.sessions = sessions;
        this.ranges = ranges;
        this.changes = changes;
        this.outbox = outbox;
        this.recentNanos = recheck.toNanos();
    }

    @Scheduled(every = "${switchboard.inventory.ranges.publish-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> publishRecent() {
        return publish(List.copyOf(changes.recent(recentNanos).keySet()));
    }

    @Scheduled(every = "${switchboard.inventory.ranges.sweep-every:5m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return sessions.withSession(session -> session.createNativeQuery("select tenant_id, id from number_range", Object[].class)
                        .getResultList())
                .chain(rows -> publish(rows.stream().map(r -> new RangeKey((String) r[0], (String) r[1])).toList()));
    }

    /**
     * The range's deletion, appended by the transaction that deletes it: a last {@code active=false}
     * record, then a tombstone so the compacted topic forgets the range. The range's lock keeps a
     * concurrent publication from landing after the tombstone and bringing the range back.
     */
    public Uni<Void> deleted(Mutiny.Session session, NumberRange range) {
        RangeKey key = new RangeKey(range.tenantId(), range.id());
        published.remove(key);
        RangeUpdated last = event(range, RangeSnapshot.of(range, new RangeCounts(Map.of()), false));
        return lock(session, key)
                .chain(() -> outbox.append(session, last))
                .chain(() -> outbox.appendTombstone(session, RangeUpdated.class, EventMeta.causedBy(last.meta()), range.id()));
    }

    Uni<Void> publish(List<RangeKey> keys) {
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUniAndConcatenate(this::publishIfChanged)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> publishIfChanged(RangeKey key) {
        return sessions.withTransaction(session -> lock(session, key)
                        .chain(() -> ranges.find(session, key.tenantId(), key.rangeId()))
                        .chain(range -> range == null ? Uni.createFrom().item(Optional.<RangeSnapshot>empty())
                                : ranges.counts(session, key.tenantId(), key.rangeId())
                                .map(counts -> RangeSnapshot.of(range, counts.getOrDefault(range.id(), new RangeCounts(Map.of())), true))
                                .chain(snapshot -> snapshot.equals(published.get(key))
                                        ? Uni.createFrom().item(Optional.<RangeSnapshot>empty())
                                        : outbox.append(session, event(range, snapshot)).replaceWith(Optional.of(snapshot)))))
                .invoke(snapshot -> snapshot.ifPresent(s -> {
                    published.put(key, s);
                    outbox.committed();
                }))
                .replaceWithVoid();
    }

    /**
     * Serialises publications of one range across replicas, so the outbox order (and thus the
     * compacted topic's last record) follows the order in which the counts were read.
     */
    private static Uni<Void> lock(Mutiny.Session session, RangeKey key) {
        return session.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(:range)) as text)", String.class)
                .setParameter("range", key.rangeId())
                .getSingleResult()
                .replaceWithVoid();
    }

    private static RangeUpdated event(NumberRange range, RangeSnapshot snapshot) {
        return new RangeUpdated(EventMeta.origin(range.tenantId()), range.id(), snapshot.name(), snapshot.numberType(),
                snapshot.provider(), snapshot.countryCode(), snapshot.areaCode(), snapshot.locationId(), snapshot.tags(),
                snapshot.size(), snapshot.freeCount(), snapshot.active());
    }
}
