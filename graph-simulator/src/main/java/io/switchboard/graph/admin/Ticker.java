package io.switchboard.graph.admin;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.config.SimulatorConfig;
import io.switchboard.graph.numbers.NumberService;
import io.switchboard.graph.presence.PresenceService;
import io.switchboard.graph.subscriptions.NotificationService;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.tenants.TenantRegistry;
import io.switchboard.graph.users.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Drives everything that happens with time rather than on a request: number operations finishing, presence
 * fading and expiring, subscriptions expiring, notification batches going out, and (less often) purging
 * soft-deleted users after the retention.
 */
@ApplicationScoped
public class Ticker {

    private static final Logger LOG = Logger.getLogger(Ticker.class);
    private static final int SLOW_EVERY = 25;

    private final TenantRegistry tenants;
    private final NumberService numbers;
    private final PresenceService presence;
    private final NotificationService notifications;
    private final UserService users;
    private final SimClock clock;
    private final SimulatorConfig config;
    private ScheduledExecutorService executor;
    private long ticks;

    public Ticker(TenantRegistry tenants, NumberService numbers, PresenceService presence, NotificationService notifications,
                  UserService users, SimClock clock, SimulatorConfig config) {
        this.tenants = tenants;
        this.numbers = numbers;
        this.presence = presence;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "simulator-ticker");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(10, config.tick().toMillis());
        executor.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** One round of time-driven work; public so that admin calls can force it after moving the clock. */
    public synchronized void tick() {
        boolean slow = ++ticks % SLOW_EVERY == 0;
        for (Tenant tenant : tenants.all()) {
            try {
                numbers.settleDue(tenant);
                presence.sweep(tenant);
                tenant.subscriptions().removeExpired(clock.now());
                if (slow) {
                    users.purgeExpired(tenant);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Time-driven work failed for tenant %s", tenant.id());
            }
        }
        notifications.flush();
    }

    /** Like {@link #tick()} including the slow part, for the admin API after moving the clock. */
    public synchronized void tickAll() {
        for (Tenant tenant : tenants.all()) {
            users.purgeExpired(tenant);
        }
        tick();
    }
}
