package io.switchboard.presence.subscriptions;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One tenant's presence subscriptions: which users each one watches and until when, and the
 * tenant's random {@code clientState} that authenticates Graph's notifications. Plain Java: the
 * planning (who is not covered, what to renew, how to chunk) is testable without Graph.
 */
public final class TenantSubscriptions {

    /** A subscription Graph confirmed. */
    public record Active(String id, Set<String> userIds, Instant expiresAt) {
    }

    /**
     * What to do next for the uncovered users.
     *
     * @param replace a subscription with room that is replaced by one watching its users plus some new ones (null if none)
     * @param chunks  the users of each subscription to create (for {@code replace}, the first chunk)
     */
    public record Plan(Active replace, List<List<String>> chunks) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String clientState;
    private final Map<String, Active> active = new ConcurrentHashMap<>();
    final AtomicLong notifications = new AtomicLong();
    /** Real Teams changes found by reading notified users (the rest were unchanged or already seen by the poll). */
    final AtomicLong changes = new AtomicLong();
    volatile Instant lastNotificationAt;

    public TenantSubscriptions() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        this.clientState = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String clientState() {
        return clientState;
    }

    public void put(Active subscription) {
        active.put(subscription.id(), subscription);
    }

    public Optional<Active> remove(String id) {
        return Optional.ofNullable(active.remove(id));
    }

    public Optional<Active> find(String id) {
        return Optional.ofNullable(active.get(id));
    }

    public Collection<Active> all() {
        return List.copyOf(active.values());
    }

    /** Subscriptions that expire within {@code margin}, soonest first. */
    public List<Active> dueForRenewal(Instant now, Duration margin) {
        return active.values().stream().filter(a -> a.expiresAt().isBefore(now.plus(margin)))
                .sorted(Comparator.comparing(Active::expiresAt)).toList();
    }

    /** True when every given user is watched by a subscription that has not expired. */
    public boolean covers(Collection<String> userIds, Instant now) {
        return !userIds.isEmpty() && uncovered(userIds, now).isEmpty();
    }

    public List<String> uncovered(Collection<String> userIds, Instant now) {
        Set<String> watched = new HashSet<>();
        active.values().stream().filter(a -> a.expiresAt().isAfter(now)).forEach(a -> watched.addAll(a.userIds()));
        return userIds.stream().filter(u -> !watched.contains(u)).toList();
    }

    /**
     * New users first top up the fullest-but-not-full subscription (Graph cannot change a
     * subscription's resource, so it is replaced), the rest go into new chunks: onboarding users
     * one by one does not leave hundreds of tiny subscriptions behind.
     */
    public Plan plan(List<String> uncovered, int chunkSize, Instant now) {
        List<String> rest = new ArrayList<>(uncovered);
        List<List<String>> chunks = new ArrayList<>();
        Active replace = active.values().stream().filter(a -> a.expiresAt().isAfter(now) && a.userIds().size() < chunkSize)
                .max(Comparator.comparingInt(a -> a.userIds().size())).orElse(null);
        if (replace != null && !rest.isEmpty()) {
            List<String> first = new ArrayList<>(replace.userIds());
            int room = chunkSize - first.size();
            List<String> added = rest.subList(0, Math.min(room, rest.size()));
            first.addAll(added);
            added.clear();
            chunks.add(first);
        } else {
            replace = null;
        }
        for (int from = 0; from < rest.size(); from += chunkSize) {
            chunks.add(List.copyOf(rest.subList(from, Math.min(rest.size(), from + chunkSize))));
        }
        return new Plan(replace, chunks);
    }

    void notified(Instant at) {
        notifications.incrementAndGet();
        lastNotificationAt = at;
    }
}
