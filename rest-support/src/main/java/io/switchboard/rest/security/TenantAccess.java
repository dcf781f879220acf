package io.switchboard.rest.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Checks that the caller's token allows the tenant in the request path. */
@RequestScoped
public class TenantAccess {

    private final SecurityIdentity identity;

    public TenantAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Throws 403 unless the token grants {@code tenantId} (or every tenant). */
    public void check(String tenantId) {
        if (!allows(tenantId)) {
            throw new ForbiddenException("your token does not grant access to tenant '" + tenantId + "'");
        }
    }

    public boolean allows(String tenantId) {
        return identity.hasRole(Roles.ALL_TENANTS) || identity.hasRole(Roles.TENANT_PREFIX + tenantId);
    }
}
