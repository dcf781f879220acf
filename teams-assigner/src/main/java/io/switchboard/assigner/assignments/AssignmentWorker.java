package io.switchboard.assigner.assignments;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.switchboard.assigner.tenants.AssignerConfig;
import io.switchboard.assigner.tenants.AssignerTenant;
import io.switchboard.assigner.tenants.TenantBudget;
import io.switchboard.assigner.tenants.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Hands due tasks to worker threads, tenant by tenant, within each tenant's concurrency and while the
 * tenant is not paused by Graph. A dispatcher thread claims (SKIP LOCKED, so replicas share the work)
 * only as many tasks as the tenant has free slots; a throttled tenant simply gets none until its
 * pause is over, and the others go on. The Kafka consumer never waits for any of this.
 */
@ApplicationScoped
public class AssignmentWorker {

    private static final Logger LOG = Logger.getLogger(AssignmentWorker.class);

    private final TenantRegistry tenants;
    private final TaskStore store;
    private final TaskProcessor processor;
    private final AssignerConfig.Worker config;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread dispatcher;
    private ExecutorService executor;

    public AssignmentWorker(TenantRegistry tenants, TaskStore store, TaskProcessor processor, AssignerConfig config) {
        this.tenants = tenants;
        this.store = store;
        this.processor = processor;
        this.config = config.worker();
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("assignment worker disabled in this instance");
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        // Slots bound the work per tenant; the pool bounds the threads of the whole instance.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "assigner-worker-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        executor = pool;
        running = true;
        dispatcher = new Thread(this::run, "assigner-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (dispatcher != null) {
            wakeUp();
            executor.shutdown();
            try {
                dispatcher.join(TimeUnit.SECONDS.toMillis(5));
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** New or finished work: look for due tasks now instead of at the next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void run() {
        while (running) {
            try {
                for (AssignerTenant tenant : tenants.enabled()) {
                    dispatch(tenant);
                }
            } catch (RuntimeException e) {
                LOG.warnf("assignment dispatch failed, trying again: %s", e.getMessage());
            }
            pause();
        }
    }

    private void dispatch(AssignerTenant tenant) {
        TenantBudget budget = tenant.budget();
        int free = budget.freeSlots();
        if (free == 0 || budget.paused()) {
            return;
        }
        List<ClaimedTask> claimed = store.claim(tenant.id(), free, config.lease());
        for (ClaimedTask claim : claimed) {
            if (!budget.tryTakeSlot()) {
                break; // cannot happen while this thread is the only one taking slots; the lease brings the task back
            }
            executor.execute(() -> {
                try {
                    processor.process(claim);
                } catch (LeaseLostException e) {
                    LOG.info(e.getMessage());
                } catch (RuntimeException e) {
                    LOG.warnf(e, "task %d of tenant %s failed unexpectedly; it is retried when its lease runs out",
                            claim.task().seq(), tenant.id());
                } finally {
                    budget.releaseSlot();
                    wakeUp();
                }
            });
        }
    }

    private void pause() {
        try {
            if (wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
