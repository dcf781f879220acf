package io.switchboard.rules.conditions;

import io.switchboard.events.directory.DirectoryUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The user attributes a rule can test. The canonical name is the Graph / {@link DirectoryUser}
 * property name; aliases are the words admins use (Callroute says "Office" and "Licence Usage
 * Location"). Names and aliases are matched case-insensitively.
 */
public enum Attribute {
    CITY("city", "City", DirectoryUser::city),
    OFFICE_LOCATION("officeLocation", "Office", DirectoryUser::officeLocation, "office"),
    USAGE_LOCATION("usageLocation", "Licence usage location", DirectoryUser::usageLocation,
            "licenceUsageLocation", "licenseUsageLocation"),
    DEPARTMENT("department", "Department", DirectoryUser::department),
    COMPANY_NAME("companyName", "Company", DirectoryUser::companyName, "company"),
    COUNTRY("country", "Country", DirectoryUser::country),
    STATE("state", "State or province", DirectoryUser::state, "province"),
    JOB_TITLE("jobTitle", "Job title", DirectoryUser::jobTitle, "title"),
    EMPLOYEE_TYPE("employeeType", "Employee type", DirectoryUser::employeeType),
    USER_PRINCIPAL_NAME("userPrincipalName", "User principal name", DirectoryUser::userPrincipalName, "upn"),
    MAIL("mail", "Email address", DirectoryUser::mail, "email"),
    DISPLAY_NAME("displayName", "Display name", DirectoryUser::displayName);

    private static final Map<String, Attribute> BY_NAME = new HashMap<>();
    private static final List<String> ALL_NAMES = new ArrayList<>();

    static {
        for (Attribute attribute : values()) {
            for (String name : attribute.names()) {
                BY_NAME.put(name.toLowerCase(Locale.ROOT), attribute);
                ALL_NAMES.add(name);
            }
        }
    }

    private final String canonicalName;
    private final String label;
    private final Function<DirectoryUser, String> reader;
    private final List<String> aliases;

    Attribute(String canonicalName, String label, Function<DirectoryUser, String> reader, String... aliases) {
        this.canonicalName = canonicalName;
        this.label = label;
        this.reader = reader;
        this.aliases = List.of(aliases);
    }

    /** The name rules are printed and stored with, e.g. {@code officeLocation}. */
    public String canonicalName() {
        return canonicalName;
    }

    /** A label for admin screens, e.g. "Office". */
    public String label() {
        return label;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The canonical name first, then the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(canonicalName);
        names.addAll(aliases);
        return names;
    }

    /** The user's value, {@code null} when the directory has none. */
    public String valueOf(DirectoryUser user) {
        return reader.apply(user);
    }

    /** Looks a name or alias up, ignoring case. */
    public static Optional<Attribute> fromName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The known name closest to a misspelt one, for "did you mean" hints. */
    public static Optional<String> suggest(String misspelt) {
        return Suggestions.closest(misspelt, ALL_NAMES);
    }

    /** Every accepted name and alias, canonical names first within each attribute. */
    public static List<String> allNames() {
        return List.copyOf(ALL_NAMES);
    }
}
