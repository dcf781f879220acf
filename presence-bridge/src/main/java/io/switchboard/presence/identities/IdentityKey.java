package io.switchboard.presence.identities;

/** Which Teams attribute a platform's identities are matched against. */
public enum IdentityKey {
    /** the user's {@code mail}, case-insensitive */
    EMAIL,
    /** the user's {@code userPrincipalName}, case-insensitive */
    UPN,
    /** a Teams phone number assigned to the user, compared by digits (E.164 without '+') */
    PHONE,
    /** the last {@code extensionDigits} digits of a number assigned to the user */
    EXTENSION
}
