package io.switchboard.presence.identities;

import java.util.List;

/**
 * Several claims compete and one was chosen.
 *
 * @param kind     IDENTITY_SHARED: one platform identity matches several Teams users;
 *                 USER_HAS_SEVERAL: several platform identities match one Teams user
 * @param subject  the shared identity or the user id
 * @param chosen   the identity or user that won
 * @param rejected the others, in the order of the policy
 */
public record IdentityConflict(Kind kind, String subject, String chosen, List<String> rejected, String reason) {

    public enum Kind {
        IDENTITY_SHARED,
        USER_HAS_SEVERAL
    }
}
