package io.switchboard.graph.identity;

import io.switchboard.graph.config.SimulatorConfig;
import jakarta.ws.rs.core.UriInfo;

/** The externally visible root of the simulator, for issuers and absolute links. */
public final class BaseUrls {

    private BaseUrls() {
    }

    public static String of(SimulatorConfig config, UriInfo uri) {
        String base = config.issuerBaseUrl().orElseGet(() -> uri.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
