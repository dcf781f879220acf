package io.switchboard.presence.identities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the bridge knows of a Teams user for matching: directory attributes and assigned numbers.
 *
 * @param numbers assigned numbers (digits only) with the time each became known
 * @param active  false for disabled or deleted users; they match nothing
 */
public record KnownUser(String userId, String mail, String upn, Map<String, Instant> numbers, Instant firstSeen, boolean active) {

    public KnownUser {
        numbers = numbers == null ? Map.of() : Map.copyOf(numbers);
    }

    /** The claims this user makes on a platform matched by {@code key}. */
    public List<IdentityClaim> claims(IdentityKey key, int extensionDigits) {
        if (!active) {
            return List.of();
        }
        List<IdentityClaim> claims = new ArrayList<>();
        switch (key) {
            case EMAIL -> addText(claims, mail);
            case UPN -> addText(claims, upn);
            case PHONE -> numbers.forEach((number, since) -> claims.add(new IdentityClaim(number, userId, since)));
            case EXTENSION -> numbers.forEach((number, since) -> {
                if (number.length() >= extensionDigits) {
                    claims.add(new IdentityClaim(number.substring(number.length() - extensionDigits), userId, since));
                }
            });
        }
        return claims;
    }

    private void addText(List<IdentityClaim> claims, String value) {
        if (value != null && !value.isBlank()) {
            claims.add(new IdentityClaim(value.trim().toLowerCase(Locale.ROOT), userId, firstSeen));
        }
    }

    /** A platform's identity in the form claims use: lower-case text, or digits only for numbers. */
    public static String normalise(IdentityKey key, String identity) {
        if (identity == null) {
            return "";
        }
        return switch (key) {
            case EMAIL, UPN -> identity.trim().toLowerCase(Locale.ROOT);
            case PHONE, EXTENSION -> digits(identity);
        };
    }

    public static String digits(String number) {
        return number == null ? "" : number.replaceAll("[^0-9]", "");
    }
}
