package io.switchboard.graph.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.config.SimulatorConfig;
import io.switchboard.graph.tenants.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * assignNumber / unassignNumber / updateNumber as Teams runs them: the request is checked for shape at once
 * (400), the business checks run when the operation executes after the tenant's operation delay, and their
 * outcome is only visible in the operation's status.
 */
@ApplicationScoped
public class NumberService {

    static final Set<String> NUMBER_TYPES = Set.of("directRouting", "callingPlan", "operatorConnect");
    static final Set<String> CATEGORIES = Set.of("primary", "private", "alternate");

    private final SimClock clock;
    private final VoiceEligibility eligibility;
    private final SimulatorConfig config;

    public NumberService(SimClock clock, VoiceEligibility eligibility, SimulatorConfig config) {
        this.clock = clock;
        this.eligibility = eligibility;
        this.config = config;
    }

    public NumberOperation assign(Tenant tenant, JsonNode body) {
        String number = telephoneNumber(body);
        String userId = Json.requiredText(body, "assignmentTargetId");
        String type = enumValue(body, "numberType", NUMBER_TYPES, null);
        String category = enumValue(body, "assignmentCategory", CATEGORIES, "primary");
        return start(tenant, NumberOperation.Kind.ASSIGN, number, userId, type, category, Json.optionalText(body, "locationId"), null);
    }

    public NumberOperation unassign(Tenant tenant, JsonNode body) {
        String number = telephoneNumber(body);
        String type = enumValue(body, "numberType", NUMBER_TYPES, null);
        return start(tenant, NumberOperation.Kind.UNASSIGN, number, null, type, null, null, null);
    }

    public NumberOperation update(Tenant tenant, JsonNode body) {
        String number = telephoneNumber(body);
        return start(tenant, NumberOperation.Kind.UPDATE, number, null, null, null, Json.optionalText(body, "locationId"),
                Json.optionalText(body, "networkSiteId"));
    }

    /**
     * Runs every operation whose time has come, oldest first; called on each tick and before reads. Only due
     * operations are touched; finished ones are forgotten after the retention.
     */
    public void settleDue(Tenant tenant) {
        Instant now = clock.now();
        NumberStore store = tenant.numbers();
        // Lock-free check first: reads are far more frequent than due operations. A read that finds operations due
        // waits on the lock for a settle already running elsewhere, so it never sees a due operation unfinished.
        if (store.hasDue(now)) {
            synchronized (store) {
                store.due(now).stream().sorted(Comparator.comparing(NumberOperation::createdAt)).forEach(op -> execute(tenant, op, now));
            }
        }
        store.evictFinishedBefore(now.minus(config.operationRetention()));
    }

    /** When a user is purged, Teams frees the user's numbers. */
    public void releaseAllOf(Tenant tenant, String userId) {
        synchronized (tenant.numbers()) {
            tenant.numbers().assignedTo(userId).forEach(n -> release(tenant, n));
        }
    }

    private NumberOperation start(Tenant tenant, NumberOperation.Kind kind, String number, String userId, String type, String category,
                                  String locationId, String networkSiteId) {
        Instant now = clock.now();
        var delay = tenant.settings().operationDelay();
        NumberOperation op = new NumberOperation(UUID.randomUUID().toString(), kind, number, userId, type, category, locationId,
                networkSiteId, now, now.plus(delay.dividedBy(2)), now.plus(delay), "notStarted", null, null);
        tenant.numbers().add(op);
        if (delay.isZero()) {
            execute(tenant, op, now);
        }
        return tenant.numbers().operation(op.id()).orElse(op);
    }

    private void execute(Tenant tenant, NumberOperation op, Instant now) {
        synchronized (tenant.numbers()) {
            NumberOperation current = tenant.numbers().operation(op.id()).orElse(op);
            if (current.finished()) {
                return;
            }
            String failure = switch (op.kind()) {
                case ASSIGN -> doAssign(tenant, op, now);
                case UNASSIGN -> doUnassign(tenant, op);
                case UPDATE -> doUpdate(tenant, op);
            };
            tenant.numbers().finish(current.finish(failure == null, failure, now));
        }
    }

    private String doAssign(Tenant tenant, NumberOperation op, Instant now) {
        var user = tenant.directory().findActive(op.userId());
        if (user.isEmpty()) {
            return "User '" + op.userId() + "' was not found in tenant " + tenant.id() + ".";
        }
        String userId = user.get().id();
        TeamsNumber number = tenant.numbers().find(op.telephoneNumber()).orElse(null);
        if (number == null && !"directRouting".equals(op.numberType())) {
            return "PhoneNumber " + op.telephoneNumber() + " not found from tenant " + tenant.id() + ".";
        }
        if (number != null && !number.numberType().equals(op.numberType())) {
            return "The telephone number " + op.telephoneNumber() + " is a " + number.numberType() + " number and cannot be assigned as "
                    + op.numberType() + ".";
        }
        if (number != null && number.assigned() && !userId.equalsIgnoreCase(number.assignmentTargetId())) {
            return "The telephone number " + op.telephoneNumber() + " is already assigned to another user or resource account.";
        }
        String notEligible = eligibility.check(tenant, user.get(), op.numberType(), now);
        if (notEligible != null) {
            return notEligible;
        }
        if ("primary".equals(op.assignmentCategory())) {
            // Assigning a new primary number replaces the user's previous one, as Set-CsPhoneNumberAssignment does.
            tenant.numbers().assignedTo(userId).stream()
                    .filter(n -> "primary".equals(n.assignmentCategory()))
                    .filter(n -> !n.telephoneNumber().equals(NumberStore.key(op.telephoneNumber())))
                    .forEach(n -> release(tenant, n));
        }
        TeamsNumber base = number != null ? number : new TeamsNumber(NumberStore.key(op.telephoneNumber()), "directRouting", null, null,
                op.locationId(), null, null, null, null, null, null, null, null, false);
        TeamsNumber assigned = base.assignedTo(userId, op.assignmentCategory());
        tenant.numbers().put(op.locationId() == null ? assigned : assigned.located(op.locationId(), null));
        return null;
    }

    private String doUnassign(Tenant tenant, NumberOperation op) {
        TeamsNumber number = tenant.numbers().find(op.telephoneNumber()).orElse(null);
        if (number == null) {
            return "PhoneNumber " + op.telephoneNumber() + " not found from tenant " + tenant.id() + ".";
        }
        if (!number.numberType().equals(op.numberType())) {
            return "The telephone number " + op.telephoneNumber() + " is a " + number.numberType() + " number, not " + op.numberType() + ".";
        }
        if (!number.assigned()) {
            return "The telephone number " + op.telephoneNumber() + " is not assigned.";
        }
        release(tenant, number);
        return null;
    }

    private String doUpdate(Tenant tenant, NumberOperation op) {
        TeamsNumber number = tenant.numbers().find(op.telephoneNumber()).orElse(null);
        if (number == null) {
            return "PhoneNumber " + op.telephoneNumber() + " not found from tenant " + tenant.id() + ".";
        }
        tenant.numbers().put(number.located(op.locationId(), op.networkSiteId()));
        return null;
    }

    private static void release(Tenant tenant, TeamsNumber number) {
        if (!number.seeded()) {
            tenant.numbers().remove(number.telephoneNumber());
        } else {
            tenant.numbers().put(number.unassigned());
        }
    }

    private static String telephoneNumber(JsonNode body) {
        String number = Json.requiredText(body, "telephoneNumber").trim();
        if (!number.matches("\\+?[1-9][0-9]{5,14}")) {
            throw GraphException.badRequest("The telephone number '" + number + "' is not a valid E.164 number.");
        }
        return NumberStore.key(number);
    }

    private static String enumValue(JsonNode body, String field, Set<String> allowed, String fallback) {
        String value = Json.optionalText(body, field);
        if (value == null) {
            if (fallback == null) {
                throw GraphException.badRequest("The request body is missing the required property '" + field + "'.");
            }
            return fallback;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw GraphException.badRequest("Invalid value '" + value + "' for '" + field + "'; expected one of " + allowed + ".");
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
