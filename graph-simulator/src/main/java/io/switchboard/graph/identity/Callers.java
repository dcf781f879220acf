package io.switchboard.graph.identity;

import io.switchboard.graph.config.SimulatorConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

/** Resolves the caller of a Graph request (authenticated earlier by the route filter) and checks permissions. */
@ApplicationScoped
public class Callers {

    /** RoutingContext key under which the route filter stores the verified principal. */
    public static final String PRINCIPAL = "graph.principal";

    private final Authenticator authenticator;
    private final SimulatorConfig config;

    public Callers(Authenticator authenticator, SimulatorConfig config) {
        this.authenticator = authenticator;
        this.config = config;
    }

    public Caller require(RoutingContext rc, Permission permission) {
        Caller caller = authenticated(rc);
        Authenticator.require(caller.principal(), permission);
        return caller;
    }

    /** Any valid token (e.g. for /subscriptions, whose permission depends on the resource). */
    public Caller authenticated(RoutingContext rc) {
        GraphPrincipal principal = rc.get(PRINCIPAL);
        if (principal == null) {
            principal = authenticator.authenticate(rc.request().getHeader("Authorization"));
        }
        return new Caller(principal, authenticator.tenantOf(principal));
    }

    /** Absolute Graph root for links, e.g. {@code http://127.0.0.1:8090/v1.0}. */
    public String graphBase(UriInfo uri) {
        return BaseUrls.of(config, uri) + "/v1.0";
    }
}
