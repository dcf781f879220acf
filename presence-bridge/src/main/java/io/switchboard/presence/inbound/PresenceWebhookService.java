package io.switchboard.presence.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.events.EventMeta;
import io.switchboard.events.presence.PlatformPresenceReported;
import io.switchboard.presence.platforms.Platform;
import io.switchboard.rest.problems.Problem;
import io.switchboard.rest.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a verified webhook body into {@link PlatformPresenceReported} events for the inbound
 * service. A body is one event {@code {"identity","state","observedAt"?}} or a batch
 * {@code {"events":[...]}}; a missing {@code observedAt} means now.
 */
@ApplicationScoped
public class PresenceWebhookService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BATCH = 1000;

    private final InboundPresenceService inbound;

    public PresenceWebhookService(InboundPresenceService inbound) {
        this.inbound = inbound;
    }

    public Map<InboundPresenceService.Outcome, Integer> receive(Platform platform, byte[] body) {
        List<PlatformPresenceReported> events = parse(platform, body);
        Map<InboundPresenceService.Outcome, Integer> outcomes = new EnumMap<>(InboundPresenceService.Outcome.class);
        for (PlatformPresenceReported event : events) {
            outcomes.merge(inbound.report(event), 1, Integer::sum);
        }
        return outcomes;
    }

    List<PlatformPresenceReported> parse(Platform platform, byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw ProblemException.badRequest("the body is not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.badRequest("the body must be a JSON object: {\"identity\",\"state\",\"observedAt\"} or {\"events\":[...]}");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.has("events")) {
            root.get("events").forEach(items::add);
            if (items.size() > MAX_BATCH) {
                throw ProblemException.badRequest("at most " + MAX_BATCH + " events per request, got " + items.size());
            }
        } else {
            items.add(root);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<PlatformPresenceReported> events = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String pointer = root.has("events") ? "/events/" + i : "";
            String identity = item.path("identity").asText("");
            String state = item.path("state").asText("");
            if (identity.isBlank()) {
                errors.add(new Problem.FieldError(pointer + "/identity", "is required"));
            }
            if (state.isBlank()) {
                errors.add(new Problem.FieldError(pointer + "/state", "is required"));
            }
            Instant observedAt = Instant.now();
            if (item.hasNonNull("observedAt")) {
                try {
                    observedAt = Instant.parse(item.get("observedAt").asText());
                } catch (DateTimeParseException e) {
                    errors.add(new Problem.FieldError(pointer + "/observedAt", "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z"));
                }
            }
            if (!identity.isBlank() && !state.isBlank()) {
                events.add(new PlatformPresenceReported(EventMeta.origin(platform.tenantId()), platform.platformId(), identity, state, observedAt));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("the presence webhook body has " + errors.size() + " error(s)", errors);
        }
        return events;
    }
}
