package io.switchboard.assigner.tenants;

import com.microsoft.graph.admin.teams.telephonenumbermanagement.numberassignments.microsoftgraphteamsadministrationassignnumber.AssignNumberPostRequestBody;
import com.microsoft.graph.admin.teams.telephonenumbermanagement.numberassignments.microsoftgraphteamsadministrationunassignnumber.UnassignNumberPostRequestBody;
import com.microsoft.graph.models.LongRunningOperationStatus;
import com.microsoft.graph.models.teamsadministration.AssignmentCategory;
import com.microsoft.graph.models.teamsadministration.NumberAssignment;
import com.microsoft.graph.models.teamsadministration.NumberAssignmentCollectionResponse;
import com.microsoft.graph.models.teamsadministration.TelephoneNumberLongRunningOperation;
import com.microsoft.graph.models.teamsadministration.TelephoneNumberLongRunningOperationDetails;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.http.middleware.options.HeadersInspectionOption;
import io.switchboard.assigner.metrics.AssignerMetrics;
import io.switchboard.events.NumberType;
import io.switchboard.graph.client.GraphAuthenticationException;
import io.switchboard.graph.client.GraphClientOptions;
import io.switchboard.graph.client.GraphErrorDetails;
import io.switchboard.graph.client.TenantGraphClientFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Teams number management over Graph, one SDK client per tenant (cached client-credentials token).
 * The SDK's retry handler is off: every 429/503 reaches us, pauses only that tenant's budget for
 * Retry-After, and goes back to the caller as a {@link GraphCallException}. Blocking: worker threads only.
 */
@ApplicationScoped
public class TeamsNumbersClient {

    private final TenantRegistry tenants;
    private final AssignerMetrics metrics;
    private final TenantGraphClientFactory clients;

    public TeamsNumbersClient(TenantRegistry tenants, AssignerMetrics metrics, AssignerConfig config) {
        this.tenants = tenants;
        this.metrics = metrics;
        this.clients = new TenantGraphClientFactory(new GraphClientOptions(0, Duration.ofSeconds(10), config.worker().callTimeout()));
    }

    /** Submits assignNumber; returns the long-running operation's id from the 202's Location. */
    public String assign(String tenantId, String phoneNumber, String userId, NumberType type, String locationId) {
        AssignNumberPostRequestBody body = new AssignNumberPostRequestBody();
        body.setTelephoneNumber(phoneNumber);
        body.setAssignmentTargetId(userId);
        body.setNumberType(graphType(type));
        body.setAssignmentCategory(AssignmentCategory.Primary);
        if (locationId != null && !locationId.isBlank()) {
            body.setLocationId(locationId);
        }
        HeadersInspectionOption headers = new HeadersInspectionOption(false, true);
        call(tenantId, "assignNumber", () -> {
            numberAssignments(tenantId).microsoftGraphTeamsAdministrationAssignNumber()
                    .post(body, request -> request.options.add(headers));
            return null;
        });
        return operationId(headers, "assignNumber");
    }

    /** Submits unassignNumber; returns the operation id. */
    public String unassign(String tenantId, String phoneNumber, NumberType type) {
        UnassignNumberPostRequestBody body = new UnassignNumberPostRequestBody();
        body.setTelephoneNumber(phoneNumber);
        body.setNumberType(graphType(type));
        HeadersInspectionOption headers = new HeadersInspectionOption(false, true);
        call(tenantId, "unassignNumber", () -> {
            numberAssignments(tenantId).microsoftGraphTeamsAdministrationUnassignNumber()
                    .post(body, request -> request.options.add(headers));
            return null;
        });
        return operationId(headers, "unassignNumber");
    }

    public OperationResult operation(String tenantId, String operationId) {
        TelephoneNumberLongRunningOperation operation = call(tenantId, "getOperation", () -> client(tenantId).admin().teams()
                .telephoneNumberManagement().operations().byTelephoneNumberLongRunningOperationId(operationId).get());
        LongRunningOperationStatus status = operation.getStatus();
        String detail = detail(operation);
        if (status == LongRunningOperationStatus.Succeeded) {
            return new OperationResult(OperationResult.State.SUCCEEDED, detail);
        }
        if (status == LongRunningOperationStatus.Failed) {
            return new OperationResult(OperationResult.State.FAILED, detail);
        }
        return new OperationResult(OperationResult.State.RUNNING, detail);
    }

    /** The number as Teams has it now, or empty when Teams does not list it. */
    public Optional<TeamsAssignment> assignmentOf(String tenantId, String phoneNumber) {
        String filter = "telephoneNumber eq '" + phoneNumber.replace("'", "''") + "'";
        NumberAssignmentCollectionResponse page = call(tenantId, "getNumberAssignment", () -> numberAssignments(tenantId)
                .get(request -> request.queryParameters.filter = filter));
        return page.getValue() == null ? Optional.empty() : page.getValue().stream().map(TeamsNumbersClient::assignment).findFirst();
    }

    /** Every number the tenant has in Teams, all pages. */
    public List<TeamsAssignment> assignments(String tenantId) {
        List<TeamsAssignment> all = new ArrayList<>();
        NumberAssignmentCollectionResponse page = call(tenantId, "listNumberAssignments", () -> numberAssignments(tenantId).get());
        while (page != null) {
            if (page.getValue() != null) {
                page.getValue().forEach(a -> all.add(assignment(a)));
            }
            String next = page.getOdataNextLink();
            page = next == null ? null
                    : call(tenantId, "listNumberAssignments", () -> numberAssignments(tenantId).withUrl(next).get());
        }
        return all;
    }

    private com.microsoft.graph.admin.teams.telephonenumbermanagement.numberassignments.NumberAssignmentsRequestBuilder numberAssignments(String tenantId) {
        return client(tenantId).admin().teams().telephoneNumberManagement().numberAssignments();
    }

    private GraphServiceClient client(String tenantId) {
        return clients.clientFor(tenants.require(tenantId).graph());
    }

    /** One Graph request: waits for the tenant's budget, measures it, and turns failures into GraphCallException. */
    private <T> T call(String tenantId, String name, Supplier<T> request) {
        TenantBudget budget = tenants.require(tenantId).budget();
        try {
            budget.awaitRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphCallException(name, new GraphErrorDetails(0, "", "interrupted", Optional.empty()), e);
        }
        long started = System.nanoTime();
        try {
            T result = request.get();
            metrics.graphCall(tenantId, name, "ok", Duration.ofNanos(System.nanoTime() - started));
            return result;
        } catch (ApiException e) {
            GraphErrorDetails details = GraphErrorDetails.from(e);
            metrics.graphCall(tenantId, name, Integer.toString(details.status()), Duration.ofNanos(System.nanoTime() - started));
            if (details.status() == 429 || details.status() == 503 || details.status() == 504) {
                metrics.throttled(tenantId, details.status());
                budget.pauseFor(details.retryAfter().orElse(Duration.ofSeconds(1)));
            }
            throw new GraphCallException(name, details, e);
        } catch (RuntimeException e) {
            GraphAuthenticationException auth = authenticationFailure(e);
            if (auth != null) {
                // No token, so nothing was sent: a refused client (bad id/secret) is permanent, an unreachable identity provider is not.
                metrics.graphCall(tenantId, name, "auth", Duration.ofNanos(System.nanoTime() - started));
                int status = auth.statusCode() == 0 || auth.statusCode() >= 500 ? 503 : 401;
                throw new GraphCallException(name, new GraphErrorDetails(status, "AuthenticationFailed", auth.getMessage(), Optional.empty()), e);
            }
            // Timeouts and connection failures: Graph may or may not have acted.
            metrics.graphCall(tenantId, name, "error", Duration.ofNanos(System.nanoTime() - started));
            throw new GraphCallException(name, new GraphErrorDetails(0, "", String.valueOf(e.getMessage()), Optional.empty()), e);
        }
    }

    private static GraphAuthenticationException authenticationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GraphAuthenticationException auth) {
                return auth;
            }
        }
        return null;
    }

    private static String operationId(HeadersInspectionOption headers, String name) {
        Set<String> location = headers.getResponseHeaders().get("Location");
        if (location == null || location.isEmpty()) {
            location = headers.getResponseHeaders().get("location");
        }
        if (location == null || location.isEmpty()) {
            throw new IllegalStateException(name + " was accepted but Graph sent no Location header to follow");
        }
        String url = location.iterator().next();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String detail(TelephoneNumberLongRunningOperation operation) {
        if (operation.getNumbers() != null) {
            for (TelephoneNumberLongRunningOperationDetails number : operation.getNumbers()) {
                if (number.getStatusDetail() != null && !number.getStatusDetail().isBlank()) {
                    return number.getStatusDetail();
                }
            }
        }
        Object top = operation.getAdditionalData() == null ? null : operation.getAdditionalData().get("statusDetail");
        return top == null ? "" : top.toString();
    }

    private static TeamsAssignment assignment(NumberAssignment a) {
        NumberType type = null;
        if (a.getNumberType() != null) {
            try {
                type = NumberType.fromGraphValue(a.getNumberType().getValue());
            } catch (IllegalArgumentException unknown) {
                type = null;
            }
        }
        return new TeamsAssignment(a.getTelephoneNumber(), a.getAssignmentTargetId(), type, a.getLocationId(),
                a.getAssignmentStatus() == null ? "" : a.getAssignmentStatus().getValue());
    }

    private static com.microsoft.graph.models.teamsadministration.NumberType graphType(NumberType type) {
        return com.microsoft.graph.models.teamsadministration.NumberType.forValue(type.graphValue());
    }
}
