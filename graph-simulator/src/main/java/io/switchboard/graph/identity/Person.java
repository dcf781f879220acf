package io.switchboard.graph.identity;

import java.util.List;

/**
 * A person who signs in with a password (resource-owner password grant): an admin of Switchboard's own
 * APIs (roles such as {@code switchboard-admin}) or a presence-sync account.
 *
 * @param id          object id ({@code oid}, {@code sub})
 * @param username    user principal name, {@code preferred_username}
 * @param password    password for the password grant
 * @param displayName {@code name} claim
 * @param roles       app roles issued as {@code roles}
 */
public record Person(String id, String username, String password, String displayName, List<String> roles) {

    public Person {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Person withoutPassword() {
        return new Person(id, username, null, displayName, roles);
    }
}
