package io.switchboard.graph.identity;

import io.switchboard.graph.tenants.Tenant;

/** The authenticated caller of a Graph request and its tenant. */
public record Caller(GraphPrincipal principal, Tenant tenant) {
}
