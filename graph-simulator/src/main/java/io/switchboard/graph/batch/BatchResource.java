package io.switchboard.graph.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.identity.Callers;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1.0/$batch}: up to 20 steps; independent steps run concurrently, and when any step declares
 * {@code dependsOn} the steps run in order, a step whose dependency failed being answered 424.
 */
@Path("/v1.0/{batch: (\\$|%24)batch}")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class BatchResource {

    static final int MAX_STEPS = 20;

    private final Callers callers;
    private final BatchExecutor executor;

    public BatchResource(Callers callers, BatchExecutor executor) {
        this.callers = callers;
        this.executor = executor;
    }

    @POST
    public Uni<String> batch(JsonNode body, RoutingContext rc) {
        callers.authenticated(rc);
        JsonNode requests = body == null ? null : body.get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty()) {
            throw GraphException.badRequest("Invalid batch payload format: 'requests' must be a non-empty array.");
        }
        if (requests.size() > MAX_STEPS) {
            throw GraphException.badRequest("The number of requests in a batch cannot exceed " + MAX_STEPS + " (was " + requests.size() + ").");
        }
        Set<String> ids = new HashSet<>();
        boolean sequential = false;
        for (JsonNode step : requests) {
            if (!step.hasNonNull("id") || !step.hasNonNull("method") || !step.hasNonNull("url") || !ids.add(step.get("id").asText())) {
                throw GraphException.badRequest("Invalid batch payload format: every request needs a unique id, a method and a url.");
            }
            sequential |= step.has("dependsOn");
        }
        int port = rc.request().localAddress().port();
        String authorization = rc.request().getHeader("Authorization");
        List<JsonNode> steps = new ArrayList<>();
        requests.forEach(steps::add);
        Uni<List<ObjectNode>> responses = sequential ? inOrder(steps, port, authorization)
                : Uni.join().all(steps.stream().map(s -> executor.execute(s, port, authorization)).toList()).andFailFast();
        return responses.map(list -> {
            ObjectNode out = Json.object();
            ArrayNode array = out.putArray("responses");
            list.forEach(array::add);
            return Json.write(out);
        });
    }

    private Uni<List<ObjectNode>> inOrder(List<JsonNode> steps, int port, String authorization) {
        Map<String, Integer> status = new HashMap<>();
        List<ObjectNode> results = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (JsonNode step : steps) {
            chain = chain.chain(() -> {
                for (JsonNode dependency : step.path("dependsOn")) {
                    Integer s = status.get(dependency.asText());
                    if (s == null || s >= 400) {
                        ObjectNode failed = BatchExecutor.error(step.get("id").asText(), 424, "FailedDependency",
                                "Request depends on '" + dependency.asText() + "', which failed or is not in the batch.");
                        status.put(step.get("id").asText(), 424);
                        results.add(failed);
                        return Uni.createFrom().voidItem();
                    }
                }
                return executor.execute(step, port, authorization).invoke(r -> {
                    status.put(step.get("id").asText(), r.get("status").asInt());
                    results.add(r);
                }).replaceWithVoid();
            });
        }
        return chain.map(ignored -> results);
    }
}
