package io.switchboard.graph.identity;

import java.util.Set;

/**
 * The permissions each simulated Graph endpoint accepts, as listed on its Microsoft Learn page
 * (least privileged first, plus the higher privileged ones that also work).
 */
public enum Permission {
    USERS_READ("Authorization_RequestDenied",
            Set.of("User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"),
            Set.of("User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All")),
    USERS_WRITE("Authorization_RequestDenied",
            Set.of("User.ReadWrite.All", "Directory.ReadWrite.All"),
            Set.of("User.ReadWrite.All", "Directory.ReadWrite.All")),
    USERS_RESTORE("Authorization_RequestDenied",
            Set.of("User.DeleteRestore.All", "User.ReadWrite.All", "Directory.ReadWrite.All"),
            Set.of("User.DeleteRestore.All", "User.ReadWrite.All", "Directory.ReadWrite.All")),
    LICENCES_WRITE("Authorization_RequestDenied",
            Set.of("LicenseAssignment.ReadWrite.All", "User.ReadWrite.All", "Directory.ReadWrite.All"),
            Set.of("LicenseAssignment.ReadWrite.All", "User.ReadWrite.All", "Directory.ReadWrite.All")),
    ORGANIZATION_READ("Authorization_RequestDenied",
            Set.of("Organization.Read.All", "Organization.ReadWrite.All", "LicenseAssignment.Read.All", "Directory.Read.All", "Directory.ReadWrite.All"),
            Set.of("Organization.Read.All", "Organization.ReadWrite.All", "LicenseAssignment.Read.All", "Directory.Read.All", "Directory.ReadWrite.All")),
    PRESENCE_READ("Forbidden",
            Set.of("Presence.Read.All", "Presence.ReadWrite.All"),
            Set.of("Presence.Read.All", "Presence.ReadWrite.All")),
    PRESENCE_WRITE("Forbidden",
            Set.of("Presence.ReadWrite.All"),
            Set.of("Presence.ReadWrite", "Presence.ReadWrite.All")),
    NUMBERS_READ("Forbidden",
            Set.of("TeamsTelephoneNumber.Read.All", "TeamsTelephoneNumber.ReadWrite.All"),
            Set.of("TeamsTelephoneNumber.Read.All", "TeamsTelephoneNumber.ReadWrite.All")),
    NUMBERS_WRITE("Forbidden",
            Set.of("TeamsTelephoneNumber.ReadWrite.All"),
            Set.of("TeamsTelephoneNumber.ReadWrite.All"));

    private final String errorCode;
    private final Set<String> application;
    private final Set<String> delegated;

    Permission(String errorCode, Set<String> application, Set<String> delegated) {
        this.errorCode = errorCode;
        this.application = application;
        this.delegated = delegated;
    }

    public boolean grantedTo(GraphPrincipal principal) {
        Set<String> accepted = principal.delegated() ? delegated : application;
        Set<String> held = principal.delegated() ? principal.scopes() : principal.roles();
        for (String permission : held) {
            if (accepted.contains(permission)) {
                return true;
            }
        }
        return false;
    }

    public String errorCode() {
        return errorCode;
    }

    public String describe() {
        return "application: " + application + ", delegated: " + delegated;
    }
}
