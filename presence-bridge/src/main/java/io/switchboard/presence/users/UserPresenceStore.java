package io.switchboard.presence.users;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.events.presence.PresenceOrigin;
import io.switchboard.presence.mapping.TeamsPresence;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Writes the hot per-user state behind to PostgreSQL once a second, in batches, and reads it back at
 * startup. A crash loses at most the last second: the poll then republishes a Teams change at most
 * once more, and platforms resend their state on their next event.
 */
@ApplicationScoped
public class UserPresenceStore {

    private static final Logger LOG = Logger.getLogger(UserPresenceStore.class);
    private static final String UPSERT = """
            insert into user_presence (tenant_id, user_id, availability, activity, origin, platform_id, platform_state, sequence,
                changed_at, session_platform, session_pair, session_expires_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (tenant_id, user_id) do update set availability = excluded.availability, activity = excluded.activity,
                origin = excluded.origin, platform_id = excluded.platform_id, platform_state = excluded.platform_state,
                sequence = excluded.sequence, changed_at = excluded.changed_at, session_platform = excluded.session_platform,
                session_pair = excluded.session_pair, session_expires_at = excluded.session_expires_at""";

    private final DataSource dataSource;
    private final UserPresenceRegistry registry;

    public UserPresenceStore(DataSource dataSource, UserPresenceRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    void load(@Observes @Priority(30) StartupEvent event) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select * from user_presence");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                UserPresence user = new UserPresence(rs.getString("tenant_id"), rs.getString("user_id"));
                String availability = rs.getString("availability");
                String pair = rs.getString("session_pair");
                Timestamp expires = rs.getTimestamp("session_expires_at");
                Timestamp changed = rs.getTimestamp("changed_at");
                String origin = rs.getString("origin");
                user.restore(availability == null ? null : new TeamsPresence(availability, rs.getString("activity")),
                        pair == null ? null : new UserPresence.Session(rs.getString("session_platform"), TeamsPresence.of(pair), expires.toInstant()),
                        rs.getLong("sequence"), changed == null ? null : changed.toInstant(),
                        origin == null ? null : PresenceOrigin.valueOf(origin), rs.getString("platform_id"), rs.getString("platform_state"));
                registry.put(user);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read user presence: " + e.getMessage(), e);
        }
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        List<UserPresence.Snapshot> dirty = new ArrayList<>();
        for (UserPresence user : registry.all()) {
            if (user.takeDirty()) {
                dirty.add(user.snapshot());
            }
        }
        if (dirty.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(UPSERT)) {
            for (UserPresence.Snapshot u : dirty) {
                s.setString(1, u.tenantId());
                s.setString(2, u.userId());
                s.setString(3, u.lastTeams() == null ? null : u.lastTeams().availability());
                s.setString(4, u.lastTeams() == null ? null : u.lastTeams().activity());
                s.setString(5, u.lastOrigin() == null ? null : u.lastOrigin().name());
                s.setString(6, u.lastPlatformId());
                s.setString(7, u.lastPlatformState());
                s.setLong(8, u.sequence());
                s.setTimestamp(9, u.lastChangeAt() == null ? null : Timestamp.from(u.lastChangeAt()));
                s.setString(10, u.session() == null ? null : u.session().platformId());
                s.setString(11, u.session() == null ? null : u.session().presence().toString());
                s.setTimestamp(12, u.session() == null ? null : Timestamp.from(u.session().expiresAt()));
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            LOG.warnf("could not write %d user presence rows behind (retrying next second): %s", dirty.size(), e.getMessage());
            dirty.forEach(u -> registry.find(u.tenantId(), u.userId()).ifPresent(p -> p.session(p.session())));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        flush();
    }

}
