package io.switchboard.presence.identities;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The directory snapshot and assigned numbers in PostgreSQL. Every write is an idempotent upsert
 * or delete, so a redelivered event changes nothing (no inbox needed).
 */
@ApplicationScoped
public class IdentityRepository {

    private final DataSource dataSource;

    public IdentityRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the user's attributes; returns the user as now known, numbers included. */
    public KnownUser upsertUser(String tenantId, String userId, String mail, String upn, boolean active, Instant seen) {
        String sql = """
                insert into known_user (tenant_id, user_id, mail, upn, active, first_seen) values (?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, user_id) do update set mail = excluded.mail, upn = excluded.upn,
                    active = excluded.active, updated_at = now()""";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, tenantId);
                s.setString(2, userId);
                s.setString(3, mail);
                s.setString(4, upn);
                s.setBoolean(5, active);
                s.setTimestamp(6, Timestamp.from(seen));
                s.executeUpdate();
            }
            return load(c, tenantId, userId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store user " + tenantId + "/" + userId + ": " + e.getMessage(), e);
        }
    }

    /** Adds or removes a number; returns the user as now known, or a bare user if the directory has not shown it yet. */
    public KnownUser number(String tenantId, String userId, String number, boolean assigned, Instant since) {
        String sql = assigned
                ? "insert into user_number (tenant_id, user_id, number, since) values (?, ?, ?, ?) on conflict do nothing"
                : "delete from user_number where tenant_id = ? and user_id = ? and number = ?";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, tenantId);
                s.setString(2, userId);
                s.setString(3, number);
                if (assigned) {
                    s.setTimestamp(4, Timestamp.from(since));
                }
                s.executeUpdate();
            }
            return load(c, tenantId, userId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store number of " + tenantId + "/" + userId + ": " + e.getMessage(), e);
        }
    }

    /** Every known user of every tenant, for the in-memory index at startup. */
    public List<Map.Entry<String, KnownUser>> all() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Map<String, Instant>> numbers = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select tenant_id, user_id, number, since from user_number");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    numbers.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getTimestamp(4).toInstant());
                }
            }
            List<Map.Entry<String, KnownUser>> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select tenant_id, user_id, mail, upn, active, first_seen from known_user");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "/" + rs.getString(2);
                    users.add(Map.entry(rs.getString(1), new KnownUser(rs.getString(2), rs.getString(3), rs.getString(4),
                            numbers.remove(key), rs.getTimestamp(6).toInstant(), rs.getBoolean(5))));
                }
            }
            return users;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read known users: " + e.getMessage(), e);
        }
    }

    private static KnownUser load(Connection c, String tenantId, String userId) throws SQLException {
        Map<String, Instant> numbers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select number, since from user_number where tenant_id = ? and user_id = ?")) {
            s.setString(1, tenantId);
            s.setString(2, userId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    numbers.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("select mail, upn, active, first_seen from known_user where tenant_id = ? and user_id = ?")) {
            s.setString(1, tenantId);
            s.setString(2, userId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return new KnownUser(userId, rs.getString(1), rs.getString(2), numbers, rs.getTimestamp(4).toInstant(), rs.getBoolean(3));
                }
            }
        }
        // numbers can arrive before the directory event; such a user matches by number already
        Instant first = numbers.values().stream().min(Instant::compareTo).orElse(Instant.now());
        return new KnownUser(userId, null, null, numbers, first, true);
    }
}
