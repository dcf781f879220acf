package io.switchboard.directory.sync;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.switchboard.directory.tenants.DirectoryConfig;
import io.switchboard.directory.tenants.TenantRegistry;
import io.switchboard.directory.tenants.WatchedTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Decides when each tenant's round runs: on its poll interval, and sooner when asked (a change
 * notification, an admin). At most one round per tenant runs in this instance; a request that arrives
 * while one runs makes another follow right after it, so a change notified mid-round is never missed.
 * Requests within a short window collapse into one round (debounce).
 */
@ApplicationScoped
public class SyncScheduler {

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class);

    private final SyncService sync;
    private final TenantRegistry tenants;
    private final DirectoryConfig config;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;
    private ExecutorService workers;

    public SyncScheduler(SyncService sync, TenantRegistry tenants, DirectoryConfig config) {
        this.sync = sync;
        this.tenants = tenants;
        this.config = config;
    }

    /** Per-tenant scheduling state; guarded by its own monitor. */
    private static final class Slot {
        boolean running;
        boolean rerun;
        boolean resync;
        ScheduledFuture<?> pending;
        Instant dueAt;
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sync-timer"));
        workers = Executors.newFixedThreadPool(config.syncThreads(), r -> daemon(r, "sync-worker"));
        tenants.all().stream().filter(WatchedTenant::enabled).forEach(t -> request(t.tenantId(), false, Duration.ZERO));
        tenants.onAdded(t -> {
            if (t.enabled()) {
                request(t.tenantId(), false, Duration.ZERO);
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
            workers.shutdown();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks for a round of {@code tenantId} within {@code delay}; {@code resync} makes it a full listing. */
    public void request(String tenantId, boolean resync, Duration delay) {
        Slot slot = slots.computeIfAbsent(tenantId, id -> new Slot());
        synchronized (slot) {
            slot.resync |= resync;
            if (slot.running) {
                slot.rerun = true;
                return;
            }
            Instant due = Instant.now().plus(delay);
            if (slot.pending != null && !slot.pending.isDone() && !slot.dueAt.isAfter(due)) {
                return;
            }
            if (slot.pending != null) {
                slot.pending.cancel(false);
            }
            slot.dueAt = due;
            slot.pending = timer.schedule(() -> fire(tenantId), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether a round of the tenant is running in this instance right now. */
    public boolean running(String tenantId) {
        Slot slot = slots.get(tenantId);
        if (slot == null) {
            return false;
        }
        synchronized (slot) {
            return slot.running;
        }
    }

    private void fire(String tenantId) {
        Slot slot = slots.get(tenantId);
        boolean resync;
        synchronized (slot) {
            if (slot.running) {
                slot.rerun = true;
                return;
            }
            slot.running = true;
            slot.pending = null;
            resync = slot.resync;
            slot.resync = false;
        }
        workers.execute(() -> runRound(tenantId, slot, resync));
    }

    private void runRound(String tenantId, Slot slot, boolean resync) {
        Duration next = config.pollInterval();
        try {
            WatchedTenant tenant = tenants.find(tenantId).orElse(null);
            if (tenant == null || !tenant.enabled()) {
                return;
            }
            next = sync.run(tenant, resync).nextRunIn();
        } catch (RuntimeException e) {
            LOG.errorf(e, "round of tenant %s failed unexpectedly", tenantId);
        } finally {
            boolean again;
            synchronized (slot) {
                slot.running = false;
                again = slot.rerun;
                slot.rerun = false;
            }
            if (!timer.isShutdown()) {
                request(tenantId, false, again ? Duration.ZERO : next);
            }
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
