package io.switchboard.directory.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.RequestAdapter;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import io.switchboard.directory.tenants.WatchedTenant;
import io.switchboard.graph.client.GraphAuthenticationException;
import io.switchboard.graph.client.GraphClientOptions;
import io.switchboard.graph.client.GraphErrorDetails;
import io.switchboard.graph.client.TenantGraphClientFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Optional;

/**
 * Graph calls as raw JSON through the SDK's request adapter (token, middleware and error mapping of the
 * SDK, but our own parsing): delta items must tell "property absent" from "property cleared", which the
 * SDK's typed models cannot. The SDK's retry handler is off, so every 429/503 reaches the sync loop,
 * which honours Retry-After itself. Blocking: call from worker threads only.
 */
@ApplicationScoped
public class DirectoryGraphClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HashMap<String, ParsableFactory<? extends Parsable>> ERRORS = new HashMap<>();

    static {
        ERRORS.put("XXX", ODataError::createFromDiscriminatorValue);
    }

    private final TenantGraphClientFactory clients = new TenantGraphClientFactory(GraphClientOptions.withoutRetries());

    /** GET a Graph URL (absolute, e.g. a nextLink) or a path below the tenant's Graph root. */
    public JsonNode get(WatchedTenant tenant, String urlOrPath) {
        return send(tenant, HttpMethod.GET, urlOrPath, null);
    }

    public JsonNode post(WatchedTenant tenant, String path, JsonNode body) {
        return send(tenant, HttpMethod.POST, path, body);
    }

    public JsonNode patch(WatchedTenant tenant, String path, JsonNode body) {
        return send(tenant, HttpMethod.PATCH, path, body);
    }

    public void delete(WatchedTenant tenant, String path) {
        send(tenant, HttpMethod.DELETE, path, null);
    }

    private JsonNode send(WatchedTenant tenant, HttpMethod method, String urlOrPath, JsonNode body) {
        String url = urlOrPath.startsWith("http") ? urlOrPath : tenant.graph().graphBaseUrl() + urlOrPath;
        String what = method + " " + url + " for tenant " + tenant.tenantId();
        RequestAdapter adapter = clients.clientFor(tenant.graph()).getRequestAdapter();
        RequestInformation request = new RequestInformation();
        request.httpMethod = method;
        request.setUri(URI.create(url));
        request.headers.add("Accept", "application/json");
        if (body != null) {
            try {
                request.setStreamContent(new ByteArrayInputStream(JSON.writeValueAsBytes(body)), "application/json");
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot serialise the body of " + what, e);
            }
        }
        try (InputStream answer = adapter.sendPrimitive(request, ERRORS, InputStream.class)) {
            return answer == null ? JSON.createObjectNode() : JSON.readTree(answer);
        } catch (ApiException e) {
            throw new GraphCallException(what, GraphErrorDetails.from(e), e);
        } catch (GraphAuthenticationException e) {
            int status = e.statusCode() == 0 || e.statusCode() >= 500 || e.statusCode() == 429 ? 503 : e.statusCode();
            throw new GraphCallException(what, new GraphErrorDetails(status, "tokenRequestFailed", e.getMessage(), Optional.empty()), e);
        } catch (IOException | RuntimeException e) {
            // No answer at all (connection refused, timeout): status 0, which the sync loop treats as transient.
            throw new GraphCallException(what, new GraphErrorDetails(0, "", String.valueOf(e.getMessage()), Optional.empty()), e);
        }
    }
}
