package io.switchboard.rest.security;

/**
 * The roles of Switchboard's admin APIs, taken from the bearer token's {@code roles} claim.
 * Each includes the ones below it, so list them all: {@code @RolesAllowed({VIEWER, OPERATOR, ADMIN})} for reads.
 */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";

    /** Prefix of the per-tenant roles derived from the token's {@code tenants} claim. */
    public static final String TENANT_PREFIX = "tenant:";
    /** The tenant role that grants every tenant. */
    public static final String ALL_TENANTS = TENANT_PREFIX + "*";

    private Roles() {
    }
}
