package io.switchboard.assigner.tenants;

/** A tenant that is not configured in this assigner. */
public class UnknownTenantException extends RuntimeException {

    public UnknownTenantException(String tenantId) {
        super("tenant '" + tenantId + "' is not configured in teams-assigner: add switchboard.assigner.tenants.\""
                + tenantId + "\".client-id and .client-secret");
    }
}
