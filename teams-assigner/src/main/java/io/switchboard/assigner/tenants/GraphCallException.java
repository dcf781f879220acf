package io.switchboard.assigner.tenants;

import io.switchboard.graph.client.GraphErrorDetails;

/** A Graph call that did not succeed, with what Graph said (status 0: no answer, e.g. a timeout). */
public class GraphCallException extends RuntimeException {

    private final GraphErrorDetails details;

    public GraphCallException(String operation, GraphErrorDetails details, Throwable cause) {
        super(operation + " failed: " + (details.status() == 0 ? "no answer" : "HTTP " + details.status())
                + (details.code().isEmpty() ? "" : " " + details.code()) + " " + details.message(), cause);
        this.details = details;
    }

    public GraphErrorDetails details() {
        return details;
    }

    /** True when Graph never answered, so whether a write took effect is unknown. */
    public boolean outcomeUnknown() {
        return details.status() == 0;
    }
}
