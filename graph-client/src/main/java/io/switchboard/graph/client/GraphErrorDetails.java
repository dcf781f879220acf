package io.switchboard.graph.client;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a failed Graph call said: HTTP status, Graph error code and message, and Retry-After.
 *
 * @param status     HTTP status (0 when the SDK failed before an answer arrived)
 * @param code       Graph error code such as {@code TooManyRequests} or {@code Request_ResourceNotFound}, or empty
 * @param message    Graph's error message, or the exception message
 * @param retryAfter the Retry-After delay when Graph sent one
 */
public record GraphErrorDetails(int status, String code, String message, Optional<Duration> retryAfter) {

    public static GraphErrorDetails from(ApiException exception) {
        String code = "";
        String message = exception.getMessage();
        if (exception instanceof ODataError odata && odata.getError() != null) {
            code = nullToEmpty(odata.getError().getCode());
            message = odata.getError().getMessage() != null ? odata.getError().getMessage() : message;
        }
        return new GraphErrorDetails(exception.getResponseStatusCode(), code, nullToEmpty(message), retryAfter(exception));
    }

    /** 429, 503 and 504 are worth retrying later; 4xx apart from 429 is not. */
    public boolean transientFailure() {
        return status == 429 || status == 503 || status == 504 || status == 0;
    }

    static Optional<Duration> retryAfter(ApiException exception) {
        if (exception.getResponseHeaders() == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, Set<String>> header : exception.getResponseHeaders().entrySet()) {
            if ("retry-after".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
                return parseRetryAfter(header.getValue().iterator().next());
            }
        }
        return Optional.empty();
    }

    /** Retry-After is either delta-seconds or an HTTP date (RFC 9110). */
    static Optional<Duration> parseRetryAfter(String value) {
        String trimmed = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
