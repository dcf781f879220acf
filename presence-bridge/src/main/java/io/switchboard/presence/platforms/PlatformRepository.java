package io.switchboard.presence.platforms;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.presence.identities.ConflictPolicy;
import io.switchboard.presence.identities.IdentityKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Platforms in PostgreSQL (JDBC: called from worker threads only). */
@ApplicationScoped
public class PlatformRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final DataSource dataSource;

    public PlatformRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Platform> all() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select * from platform order by tenant_id, platform_id");
             ResultSet rs = s.executeQuery()) {
            List<Platform> platforms = new ArrayList<>();
            while (rs.next()) {
                platforms.add(read(rs));
            }
            return platforms;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read platforms: " + e.getMessage(), e);
        }
    }

    public void upsert(Platform p) {
        String sql = """
                insert into platform (tenant_id, platform_id, name, identity_key, extension_digits, conflict_policy,
                    inbound_secret, outbound_secret, webhook_urls, inbound_overrides, outbound_overrides)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, platform_id) do update set name = excluded.name, identity_key = excluded.identity_key,
                    extension_digits = excluded.extension_digits, conflict_policy = excluded.conflict_policy,
                    inbound_secret = excluded.inbound_secret, outbound_secret = excluded.outbound_secret,
                    webhook_urls = excluded.webhook_urls, inbound_overrides = excluded.inbound_overrides,
                    outbound_overrides = excluded.outbound_overrides, updated_at = now()""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, p.tenantId());
            s.setString(2, p.platformId());
            s.setString(3, p.name());
            s.setString(4, p.identityKey().name());
            s.setInt(5, p.extensionDigits());
            s.setString(6, p.conflictPolicy().name());
            s.setString(7, p.inboundSecret());
            s.setString(8, p.outboundSecret());
            s.setString(9, String.join("\n", p.webhookUrls()));
            s.setString(10, JSON.writeValueAsString(p.inboundOverrides()));
            s.setString(11, JSON.writeValueAsString(p.outboundOverrides()));
            s.executeUpdate();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot store platform " + p.tenantId() + "/" + p.platformId() + ": " + e.getMessage(), e);
        }
    }

    public boolean delete(String tenantId, String platformId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("delete from platform where tenant_id = ? and platform_id = ?")) {
            s.setString(1, tenantId);
            s.setString(2, platformId);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete platform " + tenantId + "/" + platformId + ": " + e.getMessage(), e);
        }
    }

    private static Platform read(ResultSet rs) throws SQLException {
        String urls = rs.getString("webhook_urls");
        try {
            return Platform.of(rs.getString("tenant_id"), rs.getString("platform_id"), rs.getString("name"),
                    IdentityKey.valueOf(rs.getString("identity_key")), rs.getInt("extension_digits"),
                    ConflictPolicy.valueOf(rs.getString("conflict_policy")), rs.getString("inbound_secret"),
                    rs.getString("outbound_secret"),
                    urls == null || urls.isBlank() ? List.of() : Arrays.asList(urls.split("\n")),
                    JSON.readValue(rs.getString("inbound_overrides"), MAP), JSON.readValue(rs.getString("outbound_overrides"), MAP));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("platform overrides are not JSON: " + e.getMessage(), e);
        }
    }
}
