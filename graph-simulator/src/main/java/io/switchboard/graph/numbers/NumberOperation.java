package io.switchboard.graph.numbers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import java.time.Instant;

/**
 * A long-running number operation ({@code telephoneNumberLongRunningOperation}): notStarted until
 * {@code runningAt}, running until {@code dueAt}, then succeeded or failed with a status detail.
 */
public record NumberOperation(String id, Kind kind, String telephoneNumber, String userId, String numberType,
                              String assignmentCategory, String locationId, String networkSiteId, Instant createdAt,
                              Instant runningAt, Instant dueAt, String status, String statusDetail, Instant finishedAt) {

    public enum Kind { ASSIGN, UNASSIGN, UPDATE }

    public boolean finished() {
        return "succeeded".equals(status) || "failed".equals(status);
    }

    public NumberOperation finish(boolean succeeded, String detail, Instant at) {
        return new NumberOperation(id, kind, telephoneNumber, userId, numberType, assignmentCategory, locationId, networkSiteId,
                createdAt, runningAt, dueAt, succeeded ? "succeeded" : "failed", detail, at);
    }

    public String statusAt(Instant now) {
        if (finished()) {
            return status;
        }
        return now.isBefore(runningAt) ? "notStarted" : "running";
    }

    public ObjectNode toJson(String graphBase, Instant now) {
        String location = graphBase + "/admin/teams/telephoneNumberManagement/operations/" + id;
        String current = statusAt(now);
        ObjectNode out = Json.object();
        out.put("@odata.context", graphBase + "/$metadata#admin/teams/telephoneNumberManagement/operations/$entity");
        out.put("id", id);
        out.put("createdDateTime", Json.timestamp(createdAt));
        out.put("lastActionDateTime", Json.timestamp(finished() ? finishedAt : now.isBefore(runningAt) ? createdAt : runningAt));
        out.put("status", current);
        out.put("statusDetail", finished() ? statusDetail : null);
        out.put("resourceLocation", location);
        ObjectNode number = out.putArray("numbers").addObject();
        number.put("@odata.type", "#microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperationDetails");
        number.put("resourceLocation", graphBase + "/admin/teams/telephoneNumberManagement/numberAssignments/"
                + (telephoneNumber.startsWith("+") ? telephoneNumber.substring(1) : telephoneNumber));
        number.put("status", current);
        number.put("statusDetail", finished() ? statusDetail : null);
        return out;
    }
}
