package io.switchboard.graph.users;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.graph.common.GraphException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The user properties the simulator knows, which of them can be written, selected and filtered. */
public final class UserAttributes {

    /** Returned by GET /users without $select, as in Graph v1.0. */
    public static final List<String> DEFAULT_SELECT = List.of("businessPhones", "displayName", "givenName", "jobTitle", "mail",
            "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id");

    public static final Set<String> STRING_PROPERTIES = Set.of("displayName", "givenName", "surname", "userPrincipalName", "mail",
            "mailNickname", "city", "officeLocation", "usageLocation", "department", "companyName", "country", "state", "jobTitle",
            "employeeType", "employeeId", "mobilePhone", "preferredLanguage", "streetAddress", "postalCode");

    public static final Set<String> READ_ONLY = Set.of("id", "assignedLicenses", "assignedPlans", "createdDateTime", "deletedDateTime");

    /** Every selectable property, by lower-case name. */
    public static final Map<String, String> SELECTABLE;

    /** Properties $filter accepts (as Graph does for these without advanced queries). */
    public static final Map<String, String> FILTERABLE;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : STRING_PROPERTIES) {
            all.put(name.toLowerCase(Locale.ROOT), name);
        }
        for (String name : List.of("id", "accountEnabled", "businessPhones", "assignedLicenses", "assignedPlans", "createdDateTime",
                "deletedDateTime")) {
            all.put(name.toLowerCase(Locale.ROOT), name);
        }
        SELECTABLE = Map.copyOf(all);
        Map<String, String> filterable = new LinkedHashMap<>();
        for (String name : List.of("id", "mail", "userPrincipalName", "accountEnabled", "displayName", "givenName", "surname",
                "mailNickname", "city", "officeLocation", "usageLocation", "department", "companyName", "country", "state", "jobTitle",
                "employeeType", "employeeId")) {
            filterable.put(name.toLowerCase(Locale.ROOT), name);
        }
        FILTERABLE = Map.copyOf(filterable);
    }

    private UserAttributes() {
    }

    /** Parses {@code $select} into canonical names ({@code id} always included); null or blank gives the defaults. */
    public static List<String> select(String select, List<String> defaults) {
        if (select == null || select.isBlank()) {
            return defaults;
        }
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (String raw : select.split(",")) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            String canonical = SELECTABLE.get(name.toLowerCase(Locale.ROOT));
            if (canonical == null) {
                throw new GraphException(400, "Request_BadRequest",
                        "Could not find a property named '" + name + "' on type 'microsoft.graph.user'.");
            }
            names.add(canonical);
        }
        names.add("id");
        return List.copyOf(names);
    }

    /** Checks one writable property of a POST/PATCH body. */
    public static void checkWritable(String name, JsonNode value) {
        if (READ_ONLY.contains(name)) {
            throw GraphException.directoryBadRequest("Property '" + name + "' is read-only and cannot be set.");
        }
        boolean ok = switch (name) {
            case "accountEnabled" -> value.isBoolean();
            case "businessPhones" -> value.isArray() && value.size() <= 1;
            default -> STRING_PROPERTIES.contains(name) ? value.isTextual() || value.isNull() : unknown(name);
        };
        if (!ok) {
            throw GraphException.directoryBadRequest("Invalid value specified for property '" + name + "' of resource 'User'.");
        }
        if ("usageLocation".equals(name) && value.isTextual() && !value.asText().matches("[A-Z]{2}")) {
            throw GraphException.directoryBadRequest("Invalid value specified for property 'usageLocation' of resource 'User'.");
        }
    }

    private static boolean unknown(String name) {
        throw GraphException.directoryBadRequest("Invalid property '" + name + "'.");
    }
}
