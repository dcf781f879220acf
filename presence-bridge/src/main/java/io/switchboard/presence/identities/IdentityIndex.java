package io.switchboard.presence.identities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims of one platform of one tenant, indexed both ways, resolved on lookup so that an update
 * costs only the claims of the user it touches (tens of thousands of users, no onboarding batches).
 *
 * <p>Resolution: each user keeps its best identity by the policy; each identity goes to the best of
 * the users whose best identity it is. A user whose best identity went to another user is not
 * matched (reported as a conflict), rather than silently falling back to a second identity.
 * Not thread-safe: the owner serialises access.
 */
public final class IdentityIndex {

    private final ConflictPolicy policy;
    private final Map<String, List<IdentityClaim>> byUser = new HashMap<>();
    private final Map<String, List<IdentityClaim>> byIdentity = new HashMap<>();

    public IdentityIndex(ConflictPolicy policy) {
        this.policy = policy;
    }

    /** Replaces everything known about {@code userId} (an empty list removes the user). */
    public void replace(String userId, List<IdentityClaim> claims) {
        for (IdentityClaim old : byUser.getOrDefault(userId, List.of())) {
            List<IdentityClaim> list = byIdentity.get(old.identity());
            if (list != null) {
                list.removeIf(c -> c.userId().equals(userId));
                if (list.isEmpty()) {
                    byIdentity.remove(old.identity());
                }
            }
        }
        if (claims.isEmpty()) {
            byUser.remove(userId);
            return;
        }
        Map<String, IdentityClaim> distinct = new java.util.LinkedHashMap<>();
        claims.forEach(c -> distinct.merge(c.identity(), c, (a, b) -> a.since().isBefore(b.since()) ? a : b));
        byUser.put(userId, new ArrayList<>(distinct.values()));
        distinct.values().forEach(c -> byIdentity.computeIfAbsent(c.identity(), k -> new ArrayList<>()).add(c));
    }

    /** The Teams user a platform identity stands for, if it is matched. */
    public Optional<String> userFor(String identity) {
        List<IdentityClaim> claims = byIdentity.get(identity);
        if (claims == null) {
            return Optional.empty();
        }
        return claims.stream()
                .filter(c -> bestOfUser(c.userId()).map(b -> b.identity().equals(identity)).orElse(false))
                .min(userOrder())
                .map(IdentityClaim::userId);
    }

    /** The platform identity that represents {@code userId}, if the user is matched. */
    public Optional<String> identityFor(String userId) {
        return bestOfUser(userId)
                .filter(best -> userFor(best.identity()).map(userId::equals).orElse(false))
                .map(IdentityClaim::identity);
    }

    /** Users matched to an identity. */
    public List<String> matchedUsers() {
        return byUser.keySet().stream().filter(u -> identityFor(u).isPresent()).sorted().toList();
    }

    public int knownUsers() {
        return byUser.size();
    }

    /** Every place where claims competed, with the choice made. */
    public List<IdentityConflict> conflicts() {
        List<IdentityConflict> conflicts = new ArrayList<>();
        byUser.forEach((user, claims) -> {
            if (claims.size() > 1) {
                List<String> order = claims.stream().sorted(identityOrder()).map(IdentityClaim::identity).toList();
                conflicts.add(new IdentityConflict(IdentityConflict.Kind.USER_HAS_SEVERAL, user, order.get(0),
                        order.subList(1, order.size()), "policy " + policy + ": " + order.size() + " platform identities match this user"));
            }
        });
        byIdentity.forEach((identity, claims) -> {
            if (claims.size() > 1) {
                List<String> order = claims.stream().sorted(userOrder()).map(IdentityClaim::userId).toList();
                String chosen = userFor(identity).orElse(null);
                List<String> rejected = order.stream().filter(u -> !u.equals(chosen)).toList();
                conflicts.add(new IdentityConflict(IdentityConflict.Kind.IDENTITY_SHARED, identity, chosen, rejected,
                        "policy " + policy + ": " + order.size() + " Teams users match this identity"));
            }
        });
        conflicts.sort(Comparator.comparing(IdentityConflict::kind).thenComparing(IdentityConflict::subject));
        return conflicts;
    }

    private Optional<IdentityClaim> bestOfUser(String userId) {
        return byUser.getOrDefault(userId, List.of()).stream().min(identityOrder());
    }

    private Comparator<IdentityClaim> identityOrder() {
        Comparator<IdentityClaim> lowest = Comparator.comparing(IdentityClaim::identity, IdentityIndex::naturalCompare);
        return policy == ConflictPolicy.PRIMARY ? Comparator.comparing(IdentityClaim::since).thenComparing(lowest) : lowest;
    }

    private Comparator<IdentityClaim> userOrder() {
        Comparator<IdentityClaim> lowest = Comparator.comparing(IdentityClaim::userId);
        return policy == ConflictPolicy.PRIMARY ? Comparator.comparing(IdentityClaim::since).thenComparing(lowest) : lowest;
    }

    /** Digits compare as numbers (extension 99 before 100), everything else as text. */
    static int naturalCompare(String a, String b) {
        boolean digitsA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean digitsB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (digitsA && digitsB) {
            int byLength = Integer.compare(a.replaceFirst("^0+(?!$)", "").length(), b.replaceFirst("^0+(?!$)", "").length());
            return byLength != 0 ? byLength : a.replaceFirst("^0+(?!$)", "").compareTo(b.replaceFirst("^0+(?!$)", ""));
        }
        return a.compareTo(b);
    }
}
