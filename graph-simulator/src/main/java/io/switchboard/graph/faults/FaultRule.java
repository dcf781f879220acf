package io.switchboard.graph.faults;

import io.switchboard.graph.common.GraphException;
import java.util.regex.Pattern;

/**
 * A fault switched on for one tenant.
 *
 * @param id                generated when absent
 * @param kind              THROTTLE (429), UNAVAILABLE (503), LATENCY (added delay) or BUDGET (429 above a request rate)
 * @param pathPattern       Java regex searched in the request path (e.g. {@code /users}, {@code communications})
 * @param method            HTTP method to match, or null for all
 * @param probability       share of matching requests hit (0..1, default 1)
 * @param count             how many requests to hit before the rule switches itself off, or null for no limit (a burst)
 * @param retryAfterSeconds Retry-After of THROTTLE and UNAVAILABLE answers (default 2)
 * @param latencyMillis     delay added by LATENCY
 * @param limit             BUDGET: requests allowed per window and calling app
 * @param windowSeconds     BUDGET: window length
 */
public record FaultRule(String id, Kind kind, String pathPattern, String method, Double probability, Integer count,
                        Integer retryAfterSeconds, Integer latencyMillis, Integer limit, Integer windowSeconds) {

    public enum Kind { THROTTLE, UNAVAILABLE, LATENCY, BUDGET }

    public FaultRule {
        if (kind == null) {
            throw GraphException.badRequest("A fault rule needs a kind: THROTTLE, UNAVAILABLE, LATENCY or BUDGET.");
        }
        pathPattern = pathPattern == null || pathPattern.isBlank() ? ".*" : pathPattern;
        Pattern.compile(pathPattern);
        probability = probability == null ? 1.0 : probability;
        retryAfterSeconds = retryAfterSeconds == null ? 2 : retryAfterSeconds;
        latencyMillis = latencyMillis == null ? 0 : latencyMillis;
        if (kind == Kind.BUDGET && (limit == null || windowSeconds == null || limit < 1 || windowSeconds < 1)) {
            throw GraphException.badRequest("A BUDGET rule needs a positive limit and windowSeconds.");
        }
        if (kind == Kind.LATENCY && latencyMillis <= 0) {
            throw GraphException.badRequest("A LATENCY rule needs latencyMillis > 0.");
        }
    }

    public FaultRule withId(String newId) {
        return new FaultRule(newId, kind, pathPattern, method, probability, count, retryAfterSeconds, latencyMillis, limit, windowSeconds);
    }
}
