package io.switchboard.directory.tenants;

import io.switchboard.directory.sync.SyncScheduler;
import io.switchboard.directory.sync.Transactions;
import io.switchboard.rest.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The admin use cases: list tenants with their sync state, trigger a sync or a full resync. Blocking. */
@ApplicationScoped
public class TenantsService {

    private final TenantRegistry tenants;
    private final SyncStateRepository states;
    private final Transactions transactions;
    private final SyncScheduler scheduler;

    public TenantsService(TenantRegistry tenants, SyncStateRepository states, Transactions transactions, SyncScheduler scheduler) {
        this.tenants = tenants;
        this.states = states;
        this.transactions = transactions;
        this.scheduler = scheduler;
    }

    public List<TenantView> list(Predicate<String> visible) {
        return tenants.all().stream().filter(t -> visible.test(t.tenantId()))
                .sorted(Comparator.comparing(WatchedTenant::tenantId))
                .map(this::view).toList();
    }

    public TenantView get(String tenantId) {
        return view(require(tenantId));
    }

    /** Asks for a round now (incremental, or a full listing when {@code resync}). */
    public TenantView requestSync(String tenantId, boolean resync) {
        WatchedTenant tenant = require(tenantId);
        if (!tenant.enabled()) {
            throw ProblemException.conflict("tenant " + tenantId + " is disabled in the configuration; enable it "
                    + "(switchboard.directory.tenants.<name>.enabled=true) before syncing it");
        }
        scheduler.request(tenantId, resync, Duration.ZERO);
        return view(tenant);
    }

    private TenantView view(WatchedTenant tenant) {
        SyncState state = transactions.await(session -> states.load(session, tenant.tenantId()));
        return TenantView.of(tenant, state, scheduler.running(tenant.tenantId()));
    }

    private WatchedTenant require(String tenantId) {
        return tenants.find(tenantId).orElseThrow(() -> ProblemException.notFound("tenant " + tenantId
                + " is not watched by this directory-watcher; configure it under switchboard.directory.tenants"));
    }
}
