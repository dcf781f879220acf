package io.switchboard.presence.replicas;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * One active bridge per database. Each replica would otherwise load every stored session and
 * refresh it, poll every tenant and, holding a stale state for a user, re-set it over the other
 * replica's newer one. Until users are partitioned between replicas, a second replica refuses to
 * start (fail closed) instead of fighting: the first one holds a PostgreSQL session advisory lock
 * on a connection of its own for as long as it runs. Taken before the Kafka consumers, pollers and
 * the platform registry start; checked every few seconds, and a replica that lost it (database
 * restart) and cannot take it back stops.
 */
@ApplicationScoped
public class ActiveReplicaLock {

    private static final Logger LOG = Logger.getLogger(ActiveReplicaLock.class);
    /** Advisory locks are per database: the key only has to be unique within presence_bridge. */
    static final long KEY = 0x5042_5249_4447_45L; // "PBRIDGE"

    private final DataSource dataSource;
    private volatile Connection held;

    public ActiveReplicaLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void acquire(@Observes @Priority(1) StartupEvent event) {
        if (!tryAcquire()) {
            throw new IllegalStateException("another presence-bridge replica is active on this database (PostgreSQL advisory lock "
                    + KEY + " is held); run exactly one replica (Kubernetes: replicas 1, strategy Recreate)");
        }
    }

    /** True when this process holds the lock (taking it if it is free). */
    public synchronized boolean tryAcquire() {
        if (held != null) {
            return true;
        }
        try {
            Connection c = dataSource.getConnection();
            if (locked(c)) {
                held = c;
                return true;
            }
            c.close();
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check for another active presence-bridge replica: " + e.getMessage(), e);
        }
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void check() {
        Connection c = held;
        try {
            if (c != null && c.isValid(5)) {
                return;
            }
        } catch (SQLException e) {
            // treated as lost below
        }
        held = null;
        close(c);
        try {
            if (tryAcquire()) {
                LOG.warn("the connection holding the active-replica lock was lost; the lock was taken again");
                return;
            }
        } catch (IllegalStateException e) {
            LOG.warn(e.getMessage());
            return; // database unreachable: nobody else can take the lock either, try again at the next check
        }
        LOG.error("another presence-bridge replica took the active-replica lock while this one lost its connection; stopping");
        Quarkus.asyncExit(1);
    }

    /** True while this process holds the lock. */
    boolean holding() {
        return held != null;
    }

    // unlock explicitly: close() only returns the connection to the pool, whose session would keep the lock
    synchronized void release(@Observes ShutdownEvent event) {
        Connection c = held;
        held = null;
        if (c != null) {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                s.setLong(1, KEY);
                s.execute();
            } catch (SQLException e) {
                // the connection is gone, and the lock with it
            }
            close(c);
        }
    }

    static boolean locked(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already gone
            }
        }
    }
}
