package io.switchboard.graph.subscriptions;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A tenant's subscriptions; expired ones are removed by the ticker and never notified. */
public final class SubscriptionStore {

    private final ConcurrentMap<String, Subscription> byId = new ConcurrentHashMap<>();

    public void put(Subscription subscription) {
        byId.put(subscription.id(), subscription);
    }

    public Optional<Subscription> find(String id, Instant now) {
        Subscription s = byId.get(id);
        return s == null || !s.expirationDateTime().isAfter(now) ? Optional.empty() : Optional.of(s);
    }

    public Collection<Subscription> all() {
        return byId.values();
    }

    public boolean remove(String id) {
        return byId.remove(id) != null;
    }

    public void removeExpired(Instant now) {
        byId.values().removeIf(s -> !s.expirationDateTime().isAfter(now));
    }
}
