package io.switchboard.assigner.reconciliation;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.switchboard.assigner.metrics.AssignerMetrics;
import io.switchboard.assigner.tenants.TeamsAssignment;
import io.switchboard.assigner.tenants.TeamsNumbersClient;
import io.switchboard.assigner.tenants.TenantRegistry;
import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.Observation;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Lists a tenant's numbers in Teams, finds what Switchboard did not do, adopts it into its belief and
 * publishes AssignmentObserved for each finding, all in one transaction. Blocking (Graph): call it
 * from worker threads.
 */
@ApplicationScoped
public class ReconciliationService {

    private static final String BUSY = """
            select phone_number from assignment_task
             where tenant_id = :tenant and (state in ('PENDING', 'SUBMITTED') or updated_at >= :since)
            union
            select phone_number from known_assignment where tenant_id = :tenant and updated_at >= :since""";

    private final TenantRegistry tenants;
    private final TeamsNumbersClient teams;
    private final KnownAssignments known;
    private final Outbox outbox;
    private final Mutiny.SessionFactory sessions;
    private final AssignerMetrics metrics;

    public ReconciliationService(TenantRegistry tenants, TeamsNumbersClient teams, KnownAssignments known, Outbox outbox,
                                 Mutiny.SessionFactory sessions, AssignerMetrics metrics) {
        this.tenants = tenants;
        this.teams = teams;
        this.known = known;
        this.outbox = outbox;
        this.sessions = sessions;
        this.metrics = metrics;
    }

    /** Reconciles now and returns the new report. */
    public DriftReport reconcile(String tenantId) {
        tenants.require(tenantId);
        // Anything of ours that moved after this instant may not be in the listing yet: not drift.
        Instant listedFrom = Instant.now().minusMillis(200);
        List<TeamsAssignment> inTeams = teams.assignments(tenantId);
        Instant runAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<Drift> drift = tx(session -> session.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:tenant))) l", Integer.class)
                .setParameter("tenant", "reconcile:" + tenantId).getSingleResult()
                .chain(() -> busyNumbers(session, tenantId, listedFrom))
                .chain(busy -> known.of(session, tenantId)
                        .chain(believed -> firstImport(session, tenantId)
                                .map(first -> DriftDetector.detect(inTeams, believed, busy, first))))
                .call(found -> apply(session, tenantId, found, runAt, (int) inTeams.stream().filter(TeamsAssignment::assignedToAUser).count())));
        outbox.committed();
        drift.forEach(d -> metrics.drift(tenantId, d.observation().name()));
        return report(tenantId);
    }

    /** The first reconciliation of a tenant imports what it already has, once. */
    public boolean imported(String tenantId) {
        return tx(session -> session.createNativeQuery(
                        "select count(*) from tenant_reconciliation where tenant_id = :tenant and first_import_at is not null", Long.class)
                .setParameter("tenant", tenantId).getSingleResult().map(count -> count > 0));
    }

    public DriftReport report(String tenantId) {
        tenants.require(tenantId);
        return tx(session -> session.createNativeQuery(
                        "select first_import_at, last_run_at, last_run_numbers from tenant_reconciliation where tenant_id = :tenant",
                        Object[].class)
                .setParameter("tenant", tenantId).getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(new DriftReport(tenantId, null, null, null, List.of()));
                    }
                    Object[] row = rows.get(0);
                    Instant lastRun = instant(row[1]);
                    return session.createNativeQuery("""
                                    select observation, phone_number, user_id, number_type, location_id from drift_finding
                                     where tenant_id = :tenant and run_at = :runAt order by id""", Object[].class)
                            .setParameter("tenant", tenantId).setParameter("runAt", OffsetDateTime.ofInstant(lastRun, ZoneOffset.UTC))
                            .getResultList()
                            .map(findings -> new DriftReport(tenantId, instant(row[0]), lastRun, (Integer) row[2], findings.stream()
                                    .map(f -> new Drift(Observation.valueOf((String) f[0]), (String) f[1], (String) f[2],
                                            NumberType.valueOf((String) f[3]), (String) f[4])).toList()));
                }));
    }

    private Uni<Set<String>> busyNumbers(Mutiny.Session session, String tenantId, Instant since) {
        return session.createNativeQuery(BUSY, String.class)
                .setParameter("tenant", tenantId).setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getResultList().map(HashSet::new);
    }

    private Uni<Boolean> firstImport(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery(
                        "select count(*) from tenant_reconciliation where tenant_id = :tenant and first_import_at is not null", Long.class)
                .setParameter("tenant", tenantId).getSingleResult().map(count -> count == 0);
    }

    private Uni<Void> apply(Mutiny.Session session, String tenantId, List<Drift> drift, Instant runAt, int assignedInTeams) {
        OffsetDateTime at = OffsetDateTime.ofInstant(runAt, ZoneOffset.UTC);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Drift d : drift) {
            chain = chain.chain(() -> d.observation() == Observation.REMOVED_OUTSIDE
                            ? known.remove(session, tenantId, d.phoneNumber())
                            : known.upsert(session, tenantId, new KnownAssignments.Known(d.phoneNumber(), d.userId(), d.numberType(),
                            d.locationId()), "OBSERVED"))
                    .chain(() -> session.createNativeQuery("""
                                    insert into drift_finding (tenant_id, run_at, phone_number, user_id, number_type, location_id, observation)
                                    values (:tenant, :runAt, :number, :user, :type, :location, :observation)""")
                            .setParameter("tenant", tenantId).setParameter("runAt", at).setParameter("number", d.phoneNumber())
                            .setParameter("user", d.userId()).setParameter("type", d.numberType().name())
                            .setParameter("location", d.locationId()).setParameter("observation", d.observation().name())
                            .executeUpdate())
                    .chain(() -> outbox.append(session, new AssignmentObserved(EventMeta.origin(tenantId), d.userId(), d.phoneNumber(),
                            d.numberType(), d.observation(), d.locationId())));
        }
        return chain.chain(() -> session.createNativeQuery("""
                        insert into tenant_reconciliation (tenant_id, first_import_at, last_run_at, last_run_numbers, last_run_drift)
                        values (:tenant, :at, :at, :numbers, :drift)
                        on conflict (tenant_id) do update set first_import_at = coalesce(tenant_reconciliation.first_import_at, excluded.first_import_at),
                            last_run_at = excluded.last_run_at, last_run_numbers = excluded.last_run_numbers, last_run_drift = excluded.last_run_drift""")
                .setParameter("tenant", tenantId).setParameter("at", at).setParameter("numbers", assignedInTeams)
                .setParameter("drift", drift.size()).executeUpdate().replaceWithVoid());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private <T> T tx(Function<Mutiny.Session, Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(work));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reconciliation database step failed: " + e.getMessage(), e);
        }
    }
}
