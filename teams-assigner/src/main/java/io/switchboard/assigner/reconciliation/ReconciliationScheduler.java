package io.switchboard.assigner.reconciliation;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.assigner.tenants.AssignerConfig;
import io.switchboard.assigner.tenants.AssignerTenant;
import io.switchboard.assigner.tenants.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Reconciles every enabled tenant periodically, and imports a tenant's existing assignments the
 * first time it is seen (at start-up, or when it is registered later).
 */
@ApplicationScoped
public class ReconciliationScheduler {

    private static final Logger LOG = Logger.getLogger(ReconciliationScheduler.class);

    private final TenantRegistry tenants;
    private final ReconciliationService service;
    private final AssignerConfig.Reconciliation config;
    private ExecutorService imports;

    public ReconciliationScheduler(TenantRegistry tenants, ReconciliationService service, AssignerConfig config) {
        this.tenants = tenants;
        this.service = service;
        this.config = config.reconciliation();
    }

    void start(@Observes StartupEvent event) {
        if (!config.importOnStart()) {
            return;
        }
        imports = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "assigner-first-import");
            thread.setDaemon(true);
            return thread;
        });
        tenants.enabled().forEach(tenant -> imports.execute(() -> importOnce(tenant)));
        tenants.onRegistered(tenant -> imports.execute(() -> importOnce(tenant)));
    }

    void stop(@Observes ShutdownEvent event) {
        if (imports != null) {
            imports.shutdownNow();
        }
    }

    @Scheduled(every = "${switchboard.assigner.reconciliation.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcileAll() {
        for (AssignerTenant tenant : tenants.enabled()) {
            try {
                service.reconcile(tenant.id());
            } catch (RuntimeException e) {
                LOG.warnf("reconciliation of tenant %s failed, trying again at the next run: %s", tenant.id(), e.getMessage());
            }
        }
    }

    private void importOnce(AssignerTenant tenant) {
        if (!tenant.enabled()) {
            return;
        }
        try {
            if (!service.imported(tenant.id())) {
                service.reconcile(tenant.id());
                LOG.infof("imported the existing Teams assignments of tenant %s", tenant.id());
            }
        } catch (RuntimeException e) {
            LOG.warnf("first import of tenant %s failed; the scheduled reconciliation will do it: %s", tenant.id(), e.getMessage());
        }
    }
}
