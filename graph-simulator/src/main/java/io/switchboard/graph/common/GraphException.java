package io.switchboard.graph.common;

import java.util.Map;

/**
 * An error answered in Graph's shape: {@code {"error":{"code","message","innerError":{...}}}}.
 * Thrown anywhere below a resource; {@link GraphExceptionMapper} renders it.
 */
public class GraphException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public GraphException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public GraphException(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static GraphException badRequest(String message) {
        return new GraphException(400, "BadRequest", message);
    }

    public static GraphException invalidRequest(String message) {
        return new GraphException(400, "invalidRequest", message);
    }

    public static GraphException notFound(String message) {
        return new GraphException(404, "Request_ResourceNotFound", message);
    }

    public static GraphException userNotFound(String id) {
        return notFound("Resource '" + id + "' does not exist or one of its queried reference-property objects are not present.");
    }

    public static GraphException directoryBadRequest(String message) {
        return new GraphException(400, "Request_BadRequest", message);
    }
}
