package io.switchboard.inventory.support;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.NumberType;
import io.switchboard.inventory.ranges.RangeService;
import io.switchboard.inventory.ranges.RangeSpec;
import io.switchboard.inventory.ranges.RangeView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Test access to the inventory: set up ranges through the service, read and poke rows through JDBC. */
@ApplicationScoped
public class Inventory {

    private final RangeService ranges;
    private final DataSource dataSource;

    public Inventory(RangeService ranges, DataSource dataSource) {
        this.ranges = ranges;
        this.dataSource = dataSource;
    }

    public RangeView range(String tenant, String name, String first, String last, int quarantineDays) {
        return await(() -> ranges.create(tenant, new RangeSpec(name, NumberType.DIRECT_ROUTING, "Acme Telecom", first, last,
                List.of(), "loc-1", List.of("test"), quarantineDays), "test-admin"));
    }

    public static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state of one number, or {@code null} if it does not exist. */
    public String state(String tenant, String e164) {
        List<List<String>> rows = rows("select state from number where tenant_id = ? and e164 = ?", tenant, e164);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** The user a number names, or {@code null}. */
    public String user(String tenant, String e164) {
        List<List<String>> rows = rows("select user_id from number where tenant_id = ? and e164 = ?", tenant, e164);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    public long count(String sql, Object... params) {
        return Long.parseLong(rows(sql, params).get(0).get(0));
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row as strings. */
    public List<List<String>> rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws java.sql.SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
