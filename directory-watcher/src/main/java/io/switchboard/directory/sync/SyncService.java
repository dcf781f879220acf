package io.switchboard.directory.sync;

import io.switchboard.directory.graph.DirectoryGraphClient;
import io.switchboard.directory.graph.GraphCallException;
import io.switchboard.directory.tenants.DirectoryConfig;
import io.switchboard.directory.tenants.SyncState;
import io.switchboard.directory.tenants.SyncStateRepository;
import io.switchboard.directory.tenants.WatchedTenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * One delta round of one tenant, on the calling (worker) thread: take the tenant's lease, read pages
 * from the saved cursor on, apply each page in its own transaction ({@link PageApplier}), stop at the
 * deltaLink. Transient Graph failures are retried in place (Retry-After honoured) from the same cursor;
 * {@code syncStateNotFound} restarts with a full listing; anything else ends the round with the error
 * recorded, and the next round continues from the last committed page.
 */
@ApplicationScoped
public class SyncService {

    private static final Logger LOG = Logger.getLogger(SyncService.class);
    /** Full restarts a round allows before it gives up: Graph refusing even a token-less listing is not a token problem. */
    private static final int MAX_RESTARTS = 2;

    private final DirectoryGraphClient graph;
    private final PageApplier pages;
    private final SyncStateRepository states;
    private final Transactions transactions;
    private final DirectoryConfig config;
    private final SyncMetrics metrics;
    private final RetryPolicy retry;
    private final String instanceId = "watcher-" + UUID.randomUUID();

    public SyncService(DirectoryGraphClient graph, PageApplier pages, SyncStateRepository states, Transactions transactions,
                       DirectoryConfig config, SyncMetrics metrics) {
        this.graph = graph;
        this.pages = pages;
        this.states = states;
        this.transactions = transactions;
        this.config = config;
        this.metrics = metrics;
        this.retry = new RetryPolicy(config.retry().base(), config.retry().max(), config.retry().maxAttempts());
    }

    /** The first request of a full listing, with the properties the watcher needs. */
    public static String initialUrl(WatchedTenant tenant) {
        return tenant.graph().graphBaseUrl() + "/users/delta?$select=" + URLEncoder.encode(DeltaPageParser.SELECT, StandardCharsets.UTF_8);
    }

    public RoundResult run(WatchedTenant tenant, boolean resync) {
        String tenantId = tenant.tenantId();
        boolean leased = transactions.await(session -> states.load(session, tenantId)
                .chain(() -> states.acquireLease(session, tenantId, instanceId, config.leaseDuration())));
        if (!leased) {
            return finish(tenant, new RoundResult(RoundResult.Outcome.SKIPPED, 0, 0, tenant.pollInterval(), null));
        }
        RoundResult result;
        try {
            result = loop(tenant, resync);
        } catch (RuntimeException e) {
            LOG.warnf("delta round of tenant %s failed; the next round continues from the last committed page: %s", tenantId, e.getMessage());
            result = new RoundResult(RoundResult.Outcome.FAILED, 0, 0, failureDelay(e), e.getMessage());
        } finally {
            transactions.await(session -> states.releaseLease(session, tenantId, instanceId));
        }
        return finish(tenant, result);
    }

    private RoundResult loop(WatchedTenant tenant, boolean resync) {
        SyncCursor cursor = transactions.await(session -> states.load(session, tenant.tenantId())).cursor();
        if (resync) {
            metrics.resync(tenant.tenantId(), "requested");
            cursor = pages.restart(tenant, cursor);
        }
        int applied = 0;
        int events = 0;
        int attempt = 0;
        int restarts = 0;
        while (true) {
            String url = cursor.nextRequest(initialUrl(tenant));
            DeltaPage page;
            try {
                page = DeltaPageParser.parse(graph.get(tenant, url));
                attempt = 0;
            } catch (GraphCallException e) {
                if (e.syncStateNotFound() && restarts < MAX_RESTARTS) {
                    LOG.infof("tenant %s: Graph no longer knows the delta token (%s); resyncing with a full listing",
                            tenant.tenantId(), e.details().code());
                    metrics.resync(tenant.tenantId(), "syncStateNotFound");
                    cursor = pages.restart(tenant, cursor);
                    restarts++;
                    continue;
                }
                if (!e.transientFailure() || retry.giveUp(attempt)) {
                    throw e;
                }
                Duration wait = retry.delay(attempt++, e.details().retryAfter(), ThreadLocalRandom.current()::nextDouble);
                metrics.graphRetry(tenant.tenantId(), e.details().status());
                if (wait.compareTo(config.retry().max()) > 0) {
                    // Graph asked for a long pause: give the thread back; the round resumes from the same cursor then.
                    return new RoundResult(RoundResult.Outcome.PAUSED, applied, events, wait, e.getMessage());
                }
                LOG.debugf("tenant %s: Graph answered %d, retrying in %s", tenant.tenantId(), e.details().status(), wait);
                pause(wait);
                continue;
            }
            PageApplier.Applied done = pages.apply(tenant, cursor, page);
            cursor = done.cursor();
            applied++;
            events += done.events();
            if (page.last()) {
                return new RoundResult(RoundResult.Outcome.COMPLETED, applied, events, tenant.pollInterval(), null);
            }
            if (!renewLease(tenant)) {
                // Another replica took over (our lease had run out); it continues from the cursor we saved.
                return new RoundResult(RoundResult.Outcome.SKIPPED, applied, events, tenant.pollInterval(), null);
            }
            if (applied >= config.maxPagesPerRound()) {
                return new RoundResult(RoundResult.Outcome.PAUSED, applied, events, Duration.ZERO, null);
            }
        }
    }

    private boolean renewLease(WatchedTenant tenant) {
        return transactions.await(session -> states.acquireLease(session, tenant.tenantId(), instanceId, config.leaseDuration()));
    }

    private Duration failureDelay(RuntimeException e) {
        if (e instanceof GraphCallException call && call.details().retryAfter().isPresent()) {
            return call.details().retryAfter().get();
        }
        return e instanceof PageApplier.CursorMovedException ? Duration.ZERO : config.retry().max();
    }

    private RoundResult finish(WatchedTenant tenant, RoundResult result) {
        Instant next = Instant.now().plus(result.nextRunIn());
        String error = result.outcome() == RoundResult.Outcome.FAILED ? result.error() : null;
        transactions.await(session -> states.recordOutcome(session, tenant.tenantId(), error, next));
        metrics.round(tenant.tenantId(), result);
        return result;
    }

    public SyncState state(String tenantId) {
        return transactions.await(session -> states.load(session, tenantId));
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry Graph", e);
        }
    }
}
