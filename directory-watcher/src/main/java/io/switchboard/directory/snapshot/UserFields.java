package io.switchboard.directory.snapshot;

import io.switchboard.events.directory.DirectoryUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@link DirectoryUser} attributes by Graph property name, so a delta item's properties map onto them. */
public final class UserFields {

    /** Every attribute of {@link DirectoryUser} apart from {@code id}, in record order. */
    public static final List<String> NAMES = List.of("displayName", "userPrincipalName", "mail", "accountEnabled", "city",
            "officeLocation", "usageLocation", "department", "companyName", "country", "state", "jobTitle", "employeeType");

    /** A change of any of these is a move (rules pick numbers by location). */
    public static final Set<String> LOCATION = Set.of("city", "officeLocation", "usageLocation");

    /** The pseudo-field named in UPDATED when only the calling plans or SKUs changed. */
    public static final String LICENCES = "licences";

    private UserFields() {
    }

    /** Attribute values as text ({@code accountEnabled} as "true"/"false"); absent values map to null. */
    public static Map<String, String> toMap(DirectoryUser user) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", user.displayName());
        values.put("userPrincipalName", user.userPrincipalName());
        values.put("mail", user.mail());
        values.put("accountEnabled", user.accountEnabled() == null ? null : user.accountEnabled().toString());
        values.put("city", user.city());
        values.put("officeLocation", user.officeLocation());
        values.put("usageLocation", user.usageLocation());
        values.put("department", user.department());
        values.put("companyName", user.companyName());
        values.put("country", user.country());
        values.put("state", user.state());
        values.put("jobTitle", user.jobTitle());
        values.put("employeeType", user.employeeType());
        return values;
    }

    public static DirectoryUser fromMap(String id, Map<String, String> v) {
        String enabled = v.get("accountEnabled");
        return new DirectoryUser(id, v.get("displayName"), v.get("userPrincipalName"), v.get("mail"),
                enabled == null ? null : Boolean.valueOf(enabled), v.get("city"), v.get("officeLocation"), v.get("usageLocation"),
                v.get("department"), v.get("companyName"), v.get("country"), v.get("state"), v.get("jobTitle"), v.get("employeeType"));
    }
}
