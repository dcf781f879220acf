package io.switchboard.graph.numbers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import java.util.List;

/**
 * A telephone number known to Teams, shaped like {@code microsoft.graph.teamsAdministration.numberAssignment}.
 *
 * @param seeded false for Direct Routing numbers that only exist because they were assigned (Teams lists
 *               Direct Routing numbers while they are in use)
 */
public record TeamsNumber(String telephoneNumber, String numberType, String city, String isoCountryCode, String locationId,
                          String civicAddressId, String networkSiteId, String operatorId, List<String> capabilities,
                          String activationState, String assignmentStatus, String assignmentTargetId, String assignmentCategory,
                          boolean seeded) {

    public TeamsNumber {
        capabilities = capabilities == null || capabilities.isEmpty() ? List.of("userAssignment") : List.copyOf(capabilities);
        activationState = activationState == null ? "activated" : activationState;
        assignmentStatus = assignmentStatus == null ? "unassigned" : assignmentStatus;
    }

    public String id() {
        return telephoneNumber.startsWith("+") ? telephoneNumber.substring(1) : telephoneNumber;
    }

    public boolean assigned() {
        return !"unassigned".equals(assignmentStatus);
    }

    public TeamsNumber assignedTo(String userId, String category) {
        return new TeamsNumber(telephoneNumber, numberType, city, isoCountryCode, locationId, civicAddressId, networkSiteId, operatorId,
                capabilities, "activated", "userAssigned", userId, category, seeded);
    }

    public TeamsNumber unassigned() {
        return new TeamsNumber(telephoneNumber, numberType, city, isoCountryCode, locationId, civicAddressId, networkSiteId, operatorId,
                capabilities, "activated", "unassigned", null, null, seeded);
    }

    public TeamsNumber located(String newLocationId, String newNetworkSiteId) {
        return new TeamsNumber(telephoneNumber, numberType, city, isoCountryCode, newLocationId == null ? locationId : newLocationId,
                civicAddressId, newNetworkSiteId == null ? networkSiteId : newNetworkSiteId, operatorId, capabilities, activationState,
                assignmentStatus, assignmentTargetId, assignmentCategory, seeded);
    }

    public Object filterValue(String property) {
        return switch (property) {
            case "telephoneNumber" -> telephoneNumber;
            case "numberType" -> numberType;
            case "assignmentTargetId" -> assignmentTargetId;
            case "assignmentStatus" -> assignmentStatus;
            case "activationState" -> activationState;
            case "assignmentCategory" -> assignmentCategory;
            case "city" -> city;
            case "isoCountryCode" -> isoCountryCode;
            case "locationId" -> locationId;
            default -> null;
        };
    }

    public ObjectNode toJson() {
        ObjectNode out = Json.object();
        out.put("id", id());
        out.put("telephoneNumber", telephoneNumber);
        out.put("operatorId", operatorId);
        out.put("numberType", numberType);
        out.put("activationState", activationState);
        ArrayNode caps = out.putArray("capabilities");
        capabilities.forEach(caps::add);
        out.put("city", city);
        out.put("civicAddressId", civicAddressId);
        out.put("isoCountryCode", isoCountryCode);
        out.put("locationId", locationId);
        out.put("networkSiteId", networkSiteId);
        out.put("numberSource", "directRouting".equals(numberType) ? "onPremises" : "online");
        out.put("assignmentTargetId", assignmentTargetId);
        out.put("assignmentStatus", assignmentStatus);
        out.put("assignmentCategory", assignmentCategory);
        out.putArray("reverseNumberLookupOptions");
        out.putArray("supportedCustomerActions").add("locationUpdate").add("release");
        return out;
    }
}
