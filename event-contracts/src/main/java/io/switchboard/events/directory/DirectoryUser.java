package io.switchboard.events.directory;

import java.util.Objects;
/**
 * The attributes of an Entra ID user that Switchboard's rules and matching use. Only {@code id} is
 * always present; every other attribute may be {@code null} when the directory has no value.
 */
public record DirectoryUser(
        String id,
        String displayName,
        String userPrincipalName,
        String mail,
        Boolean accountEnabled,
        String city,
        String officeLocation,
        String usageLocation,
        String department,
        String companyName,
        String country,
        String state,
        String jobTitle,
        String employeeType) {

    public DirectoryUser {
        Objects.requireNonNull(id, "id");
    }

    public static DirectoryUser ofId(String id) {
        return new DirectoryUser(id, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
