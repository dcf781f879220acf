package io.switchboard.graph.http;

import io.switchboard.graph.common.GraphErrors;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.faults.FaultInjector;
import io.switchboard.graph.identity.Authenticator;
import io.switchboard.graph.identity.Callers;
import io.switchboard.graph.identity.GraphPrincipal;
import io.switchboard.graph.requestlog.RequestLog;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.tenants.TenantRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;

/**
 * Runs before the JAX-RS resources, on the event loop: records every Graph and token request in the request
 * log, checks the bearer token of Graph calls (401 in Graph's shape) and applies the tenant's faults
 * (429/503 with Retry-After, added latency) the way Graph's gateway would, before any handler runs.
 */
@ApplicationScoped
public class GraphRouteFilter {

    private static final String TENANT = "graph.tenant";

    private final Authenticator authenticator;
    private final TenantRegistry tenants;
    private final FaultInjector faults;
    private final RequestLog log;
    private final Vertx vertx;

    public GraphRouteFilter(Authenticator authenticator, TenantRegistry tenants, FaultInjector faults, RequestLog log, Vertx vertx) {
        this.authenticator = authenticator;
        this.tenants = tenants;
        this.faults = faults;
        this.log = log;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        router.route().order(-100).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/q/") || path.startsWith("/_simulator")) {
            rc.next();
            return;
        }
        long started = System.nanoTime();
        rc.addEndHandler(done -> record(rc, started));
        if (!path.startsWith("/v1.0/")) {
            rc.put(TENANT, firstSegment(path));
            rc.next();
            return;
        }
        // Request ids need to be unique, not unguessable: avoid SecureRandom on the hot path.
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        String requestId = new UUID(random.nextLong(), random.nextLong()).toString();
        rc.response().putHeader("request-id", requestId);
        String clientRequestId = rc.request().getHeader("client-request-id");
        rc.response().putHeader("client-request-id", clientRequestId == null ? requestId : clientRequestId);
        GraphPrincipal principal;
        Tenant tenant;
        try {
            principal = authenticator.authenticate(rc.request().getHeader("Authorization"));
            tenant = authenticator.tenantOf(principal);
        } catch (GraphException e) {
            refuse(rc, e.status(), e.code(), e.getMessage(), e.headers(), requestId);
            return;
        }
        rc.put(Callers.PRINCIPAL, principal);
        rc.put(TENANT, tenant.id());
        FaultInjector.Decision decision = faults.decide(tenant, principal.appId(), rc.request().method().name(), path);
        if (decision.latencyMillis() <= 0) {
            proceed(rc, decision, requestId);
            return;
        }
        // Delay without blocking the event loop; the body is held back until the handlers run.
        rc.request().pause();
        vertx.setTimer(decision.latencyMillis(), id -> {
            proceed(rc, decision, requestId);
            rc.request().resume();
        });
    }

    private void proceed(RoutingContext rc, FaultInjector.Decision decision, String requestId) {
        if (decision.status() == 429) {
            refuse(rc, 429, "TooManyRequests", "Too many requests. Retry after " + decision.retryAfter() + " seconds.",
                    Map.of("Retry-After", String.valueOf(decision.retryAfter())), requestId);
        } else if (decision.status() == 503) {
            refuse(rc, 503, "serviceNotAvailable", "The service is temporarily unavailable. Retry after " + decision.retryAfter() + " seconds.",
                    Map.of("Retry-After", String.valueOf(decision.retryAfter())), requestId);
        } else {
            rc.next();
        }
    }

    private static void refuse(RoutingContext rc, int status, String code, String message, Map<String, String> headers, String requestId) {
        HttpServerResponse response = rc.response().setStatusCode(status).putHeader("Content-Type", "application/json");
        headers.forEach(response::putHeader);
        response.end(GraphErrors.buffer(code, message, requestId));
    }

    private void record(RoutingContext rc, long started) {
        GraphPrincipal principal = rc.get(Callers.PRINCIPAL);
        log.add(rc.request().method().name(), rc.request().uri(), rc.get(TENANT), principal == null ? null : principal.appId(),
                rc.response().getStatusCode(), (System.nanoTime() - started) / 1000);
    }

    private String firstSegment(String path) {
        int end = path.indexOf('/', 1);
        String segment = end < 0 ? path.substring(1) : path.substring(1, end);
        return tenants.find(segment).map(Tenant::id).orElse(segment);
    }
}
