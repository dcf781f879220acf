package io.switchboard.rules.policy;

import io.switchboard.rules.decisions.TenantPolicy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's stored lifecycle settings; tenants without a row use {@link TenantPolicy#DEFAULTS}. */
@Entity
@Table(name = "tenant_policy")
public class TenantPolicySettings {

    @Id
    public String tenantId;
    public boolean allowDrFallback;
    public boolean automaticRenumbering;
    public long version;
    public Instant updatedAt;
    public String updatedBy;

    protected TenantPolicySettings() {
    }

    TenantPolicySettings(String tenantId) {
        this.tenantId = tenantId;
    }

    public TenantPolicy policy() {
        return new TenantPolicy(allowDrFallback, automaticRenumbering);
    }
}
