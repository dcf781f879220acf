package io.switchboard.presence.identities;

import java.time.Instant;

/**
 * "Platform identity {@code identity} is Teams user {@code userId}", derived from the directory or
 * from an assigned number.
 *
 * @param since when the underlying fact became known (the number's assignment, the user's first sighting)
 */
public record IdentityClaim(String identity, String userId, Instant since) {
}
