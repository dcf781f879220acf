package io.switchboard.graph.tenants;

import io.switchboard.graph.faults.FaultStore;
import io.switchboard.graph.identity.IdentityStore;
import io.switchboard.graph.licences.SkuStore;
import io.switchboard.graph.numbers.NumberStore;
import io.switchboard.graph.presence.PresenceStore;
import io.switchboard.graph.subscriptions.SubscriptionStore;
import io.switchboard.graph.users.UserDirectory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** One simulated Entra tenant: everything Graph knows about it, each part in its own thread-safe store. */
public final class Tenant {

    private final String id;
    private final String displayName;
    private final String domain;
    private final AtomicReference<TenantSettings> settings;
    private final AtomicLong deltaEpoch = new AtomicLong();
    private final IdentityStore identity = new IdentityStore();
    private final UserDirectory directory = new UserDirectory();
    private final SkuStore skus = new SkuStore();
    private final NumberStore numbers = new NumberStore();
    private final SubscriptionStore subscriptions = new SubscriptionStore();
    private final PresenceStore presence = new PresenceStore();
    private final FaultStore faults = new FaultStore();

    public Tenant(String id, String displayName, String domain, TenantSettings settings) {
        this.id = id;
        this.displayName = displayName;
        this.domain = domain;
        this.settings = new AtomicReference<>(settings);
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String domain() {
        return domain;
    }

    public TenantSettings settings() {
        return settings.get();
    }

    public void settings(TenantSettings value) {
        settings.set(value);
    }

    /** Bumped by the admin switch that invalidates all of the tenant's delta tokens at once. */
    public long deltaEpoch() {
        return deltaEpoch.get();
    }

    public long expireDeltaTokens() {
        return deltaEpoch.incrementAndGet();
    }

    public IdentityStore identity() {
        return identity;
    }

    public UserDirectory directory() {
        return directory;
    }

    public SkuStore skus() {
        return skus;
    }

    public NumberStore numbers() {
        return numbers;
    }

    public SubscriptionStore subscriptions() {
        return subscriptions;
    }

    public PresenceStore presence() {
        return presence;
    }

    public FaultStore faults() {
        return faults;
    }
}
