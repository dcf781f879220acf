package io.switchboard.directory.sync;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.directory.licences.AssignedLicence;
import io.switchboard.directory.licences.LicenceResolver;
import io.switchboard.directory.licences.SkuCatalog;
import io.switchboard.directory.publishing.UserChangePublisher;
import io.switchboard.directory.snapshot.DeltaItem;
import io.switchboard.directory.snapshot.SnapshotDiff;
import io.switchboard.directory.snapshot.SnapshotRepository;
import io.switchboard.directory.snapshot.UserSnapshot;
import io.switchboard.directory.tenants.SyncStateRepository;
import io.switchboard.directory.tenants.WatchedTenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Applies one delta page in ONE transaction: advance the cursor (compare-and-set on its version), store
 * the changed snapshots, append their events to the outbox and, on the last page of a full round, mark
 * the users it never listed as deleted. A crash before the commit leaves everything as it was (the page
 * is read again); after it, the cursor points past the page — so no event is lost or written twice.
 */
@ApplicationScoped
public class PageApplier {

    private final Transactions transactions;
    private final SyncStateRepository states;
    private final SnapshotRepository snapshots;
    private final UserChangePublisher publisher;
    private final SkuCatalog skus;
    private final SyncMetrics metrics;
    private final UserCompleter completer;

    public PageApplier(Transactions transactions, SyncStateRepository states, SnapshotRepository snapshots,
                       UserChangePublisher publisher, SkuCatalog skus, SyncMetrics metrics, UserCompleter completer) {
        this.transactions = transactions;
        this.states = states;
        this.snapshots = snapshots;
        this.publisher = publisher;
        this.skus = skus;
        this.metrics = metrics;
        this.completer = completer;
    }

    /** What applying a page did: the saved cursor and the events written. */
    public record Applied(SyncCursor cursor, int events) {
    }

    /** Thrown when another replica advanced the tenant's cursor first; this page's work is rolled back. */
    public static class CursorMovedException extends RuntimeException {
        CursorMovedException(String tenantId) {
            super("the sync cursor of tenant " + tenantId + " was advanced by another instance; this round stops");
        }
    }

    /** Saves a new cursor without a page (a resync starting over); false when someone else moved it. */
    public SyncCursor restart(WatchedTenant tenant, SyncCursor cursor) {
        SyncCursor next = cursor.restartFull();
        boolean moved = transactions.await(session -> states.advance(session, tenant.tenantId(), cursor, next));
        if (!moved) {
            throw new CursorMovedException(tenant.tenantId());
        }
        return next.withVersion(cursor.version() + 1);
    }

    public Applied apply(WatchedTenant tenant, SyncCursor cursor, DeltaPage delta) {
        String tenantId = tenant.tenantId();
        // Graph calls (whole users for partial items of unknown users, subscribedSkus): before the transaction, never inside it.
        DeltaPage page = completer.complete(tenant, delta);
        SnapshotDiff diff = new SnapshotDiff(resolver(tenant, page)::resolve);
        SyncCursor next = cursor.afterPage(page.nextLink(), page.deltaLink());
        String seenRound = cursor.fullRound() ? cursor.roundId() : null;
        List<String> ids = page.items().stream().map(DeltaItem::id).distinct().toList();
        int events = transactions.await(session -> states.advance(session, tenantId, cursor, next)
                .invoke(moved -> {
                    if (!moved) {
                        throw new CursorMovedException(tenantId);
                    }
                })
                .chain(() -> snapshots.load(session, tenantId, ids))
                .chain(known -> write(session, tenantId, diffAll(diff, known, page.items()), seenRound))
                .chain(written -> cursor.endsFullRound(page.deltaLink())
                        ? sweep(session, tenantId, diff, cursor.roundId()).map(swept -> written + swept)
                        : Uni.createFrom().item(written))
                .call(() -> page.last()
                        ? snapshots.countPresent(session, tenantId).chain(count -> states.roundCompleted(session, tenantId, count))
                        : Uni.createFrom().voidItem()));
        if (events > 0) {
            publisher.committed();
            metrics.eventsWritten(tenantId, events);
        }
        return new Applied(next.withVersion(cursor.version() + 1), events);
    }

    private LicenceResolver resolver(WatchedTenant tenant, DeltaPage page) {
        List<AssignedLicence> inUse = page.items().stream().map(DeltaItem::assignedLicenses).filter(Objects::nonNull)
                .flatMap(List::stream).toList();
        return skus.resolverFor(tenant, inUse);
    }

    /** Diffs the items in page order; a user listed twice in a page is compared with its own earlier state. */
    private static List<SnapshotDiff.Outcome> diffAll(SnapshotDiff diff, Map<String, UserSnapshot> known, List<DeltaItem> items) {
        Map<String, UserSnapshot> current = new HashMap<>(known);
        List<SnapshotDiff.Outcome> outcomes = new ArrayList<>();
        for (DeltaItem item : items) {
            UserSnapshot previous = current.get(item.id());
            if (previous == null && !item.isRemoved() && !item.complete()) {
                // UserCompleter read the whole user unless a snapshot existed then; never publish a user by its id alone.
                throw new IllegalStateException("delta item of never-seen user " + item.id() + " carries only changed properties");
            }
            SnapshotDiff.Outcome outcome = diff.apply(previous, item);
            if (outcome.next() != null) {
                current.put(item.id(), outcome.next());
                outcomes.add(outcome);
            }
        }
        return outcomes;
    }

    private Uni<Integer> sweep(Mutiny.Session session, String tenantId, SnapshotDiff diff, String roundId) {
        return snapshots.notSeenIn(session, tenantId, roundId)
                .chain(missing -> write(session, tenantId, missing.stream().map(diff::missing).toList(), null));
    }

    private Uni<Integer> write(Mutiny.Session session, String tenantId, List<SnapshotDiff.Outcome> outcomes, String seenRound) {
        int events = outcomes.stream().mapToInt(o -> o.changes().size()).sum();
        // One user after the other through a Multi: a page has up to 999 users, and a Uni chain that
        // deep would overflow the stack when it completes.
        return Multi.createFrom().iterable(outcomes)
                .onItem().transformToUniAndConcatenate(outcome -> snapshots.save(session, tenantId, outcome.next(), seenRound)
                        .chain(() -> outcome.changed()
                                ? publisher.publish(session, tenantId, outcome.next(), outcome.changes())
                                : Uni.createFrom().voidItem()))
                .collect().last()
                .replaceWith(events);
    }
}
