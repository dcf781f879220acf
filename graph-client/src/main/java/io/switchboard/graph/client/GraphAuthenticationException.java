package io.switchboard.graph.client;

/** The token endpoint refused or could not be reached; the message carries the identity provider's answer. */
public class GraphAuthenticationException extends RuntimeException {

    private final int statusCode;

    public GraphAuthenticationException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /** HTTP status of the token endpoint, or 0 when no answer arrived. */
    public int statusCode() {
        return statusCode;
    }
}
