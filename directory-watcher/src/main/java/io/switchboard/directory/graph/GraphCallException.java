package io.switchboard.directory.graph;

import io.switchboard.graph.client.GraphErrorDetails;

/** A Graph call failed; {@link #details()} says how (status, Graph error code, Retry-After). */
public class GraphCallException extends RuntimeException {

    private final GraphErrorDetails details;

    public GraphCallException(String what, GraphErrorDetails details, Throwable cause) {
        super(what + " failed: HTTP " + details.status() + (details.code().isEmpty() ? "" : " " + details.code()) + " " + details.message(),
                cause);
        this.details = details;
    }

    public GraphErrorDetails details() {
        return details;
    }

    /** Graph lost the sync state of a delta token: the only way on is a full resync. */
    public boolean syncStateNotFound() {
        return details.status() == 410 || "syncStateNotFound".equalsIgnoreCase(details.code());
    }

    public boolean transientFailure() {
        return details.transientFailure() || details.status() >= 500;
    }
}
