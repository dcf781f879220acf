package io.switchboard.graph.admin;

import java.util.List;

/** A seed file: one or more tenants. */
public record SeedDocument(List<TenantSeed> tenants) {
}
