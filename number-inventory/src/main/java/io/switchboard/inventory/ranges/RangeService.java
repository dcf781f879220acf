package io.switchboard.inventory.ranges;

import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.numbers.UniqueViolations;
import io.switchboard.inventory.publishing.RangeChanges;
import io.switchboard.inventory.publishing.RangePublisher;
import io.switchboard.rest.problems.Problem;
import io.switchboard.rest.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/** Creating, changing, deleting and listing a tenant's ranges. */
@ApplicationScoped
public class RangeService {

    private final Mutiny.SessionFactory sessions;
    private final RangeRepository ranges;
    private final RangeChanges changes;
    private final RangePublisher publisher;

    public RangeService(Mutiny.SessionFactory sessions, RangeRepository ranges, RangeChanges changes, RangePublisher publisher) {
        this.sessions = sessions;
        this.ranges = ranges;
        this.changes = changes;
        this.publisher = publisher;
    }

    public Uni<RangeView> create(String tenantId, RangeSpec spec, String actor) {
        RangeExpander.Result result = RangeExpander.expand(spec);
        if (!result.valid()) {
            throw ProblemException.invalid("the range is not valid",
                    result.problems().stream().map(p -> new Problem.FieldError("/", p)).toList());
        }
        return overlapsAsConflict(sessions.withTransaction(session -> create(session, tenantId, result.range(), actor)))
                .chain(range -> view(tenantId, range.id()));
    }

    /** Creates a validated range inside the caller's transaction (a CSV import creates many in one). */
    public Uni<NumberRange> create(Mutiny.Session session, String tenantId, ExpandedRange expanded, String actor) {
        return ranges.taken(session, tenantId, expanded.numbers(), 5).chain(taken -> {
            if (!taken.isEmpty()) {
                throw ProblemException.conflict("the range overlaps numbers the tenant already has: "
                        + taken.stream().map(r -> r[0] + " (range '" + r[1] + "')").collect(Collectors.joining(", "))
                        + (taken.size() == 5 ? " and possibly more" : ""));
            }
            NumberRange range = NumberRange.create(tenantId, expanded);
            return session.persist(range)
                    .chain(session::flush)
                    .chain(() -> ranges.insertNumbers(session, range, expanded.numbers(), "user:" + actor,
                            "range '" + range.name() + "' created"))
                    .invoke(() -> changes.touched(tenantId, range.id()))
                    .replaceWith(range);
        });
    }

    public Uni<RangeView> change(String tenantId, String rangeId, RangeSettings settings) {
        return sessions.withTransaction(session -> existing(session, tenantId, rangeId)
                        .invoke(range -> range.change(settings.asSpec())))
                .invoke(range -> changes.touched(tenantId, rangeId))
                .chain(range -> view(tenantId, rangeId));
    }

    /** Deletes a range whose numbers nobody holds; its audit trail stays. */
    public Uni<Void> delete(String tenantId, String rangeId) {
        return sessions.withTransaction(session -> existing(session, tenantId, rangeId)
                .chain(range -> ranges.counts(session, tenantId, rangeId).chain(counts -> {
                    RangeCounts c = counts.getOrDefault(rangeId, new RangeCounts(Map.of()));
                    long inUse = c.used() + c.byState().get(io.switchboard.inventory.numbers.NumberState.CONFLICT);
                    if (inUse > 0) {
                        throw ProblemException.conflict("range '" + range.name() + "' still has " + inUse
                                + " numbers in use or in conflict; release or resolve them first");
                    }
                    return publisher.deleted(session, range).chain(() -> session.remove(range));
                })));
    }

    public Uni<List<RangeView>> list(String tenantId) {
        return sessions.withSession(session -> ranges.ofTenant(session, tenantId)
                .chain(all -> ranges.counts(session, tenantId, null)
                        .map(counts -> all.stream().map(r -> RangeView.of(r, counts.getOrDefault(r.id(), new RangeCounts(Map.of())))).toList())));
    }

    public Uni<RangeView> view(String tenantId, String rangeId) {
        return sessions.withSession(session -> existing(session, tenantId, rangeId)
                .chain(range -> ranges.counts(session, tenantId, rangeId)
                        .map(counts -> RangeView.of(range, counts.getOrDefault(rangeId, new RangeCounts(Map.of()))))));
    }

    public Uni<NumberRange> existing(Mutiny.Session session, String tenantId, String rangeId) {
        return ranges.find(session, tenantId, rangeId).map(range -> {
            if (range == null) {
                throw ProblemException.notFound("tenant " + tenantId + " has no range " + rangeId);
            }
            return range;
        });
    }

    /** Two imports racing for the same numbers: the unique constraint decides, the loser gets a 409. */
    public static <T> Uni<T> overlapsAsConflict(Uni<T> work) {
        return work.onFailure(f -> UniqueViolations.of(f, UniqueViolations.UNIQUE_NUMBER))
                .transform(f -> ProblemException.conflict("some of these numbers were added to another range at the same time; "
                        + "check the tenant's ranges and retry"));
    }
}
