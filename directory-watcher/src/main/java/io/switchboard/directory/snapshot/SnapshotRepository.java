package io.switchboard.directory.snapshot;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** {@code user_snapshot}: the last known state of every user, written in the caller's transaction. */
@ApplicationScoped
public class SnapshotRepository {

    private static final String UPSERT = """
            insert into user_snapshot (tenant_id, user_id, data, deletion, seen_round, updated_at)
            values (:tenant, :user, :data, nullif(:deletion, ''), nullif(:round, ''), now())
            on conflict (tenant_id, user_id) do update
               set data = excluded.data, deletion = excluded.deletion,
                   seen_round = coalesce(excluded.seen_round, user_snapshot.seen_round), updated_at = now()
            """;

    public Uni<Map<String, UserSnapshot>> load(Mutiny.Session session, String tenantId, Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createNativeQuery("select data from user_snapshot where tenant_id = :tenant and user_id in (:ids)", String.class)
                .setParameter("tenant", tenantId)
                .setParameter("ids", List.copyOf(userIds))
                .getResultList()
                .map(rows -> {
                    Map<String, UserSnapshot> byId = new HashMap<>();
                    rows.forEach(json -> {
                        UserSnapshot snapshot = SnapshotCodec.read(json);
                        byId.put(snapshot.id(), snapshot);
                    });
                    return byId;
                });
    }

    /** Stores the snapshot; {@code seenInRound} (nullable) marks the user as listed by that full round. */
    public Uni<Void> save(Mutiny.Session session, String tenantId, UserSnapshot snapshot, String seenInRound) {
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenantId)
                .setParameter("user", snapshot.id())
                .setParameter("data", SnapshotCodec.write(snapshot))
                .setParameter("deletion", snapshot.deletion() == null ? "" : snapshot.deletion().name())
                .setParameter("round", seenInRound == null ? "" : seenInRound)
                .executeUpdate()
                .replaceWithVoid();
    }

    /** Users that exist in the snapshot but were not listed by the full round {@code roundId}. */
    public Uni<List<UserSnapshot>> notSeenIn(Mutiny.Session session, String tenantId, String roundId) {
        return session.createNativeQuery("""
                        select data from user_snapshot
                         where tenant_id = :tenant and deletion is null and (seen_round is null or seen_round <> :round)
                        """, String.class)
                .setParameter("tenant", tenantId)
                .setParameter("round", roundId)
                .getResultList()
                .map(rows -> rows.stream().map(SnapshotCodec::read).toList());
    }

    public Uni<Integer> countPresent(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("select count(*)::int from user_snapshot where tenant_id = :tenant and deletion is null",
                        Integer.class)
                .setParameter("tenant", tenantId)
                .getSingleResult();
    }
}
