package io.switchboard.assigner.tenants;

import io.switchboard.rest.problems.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The assigner's own failures as Problem JSON, rendered like every other admin API error. */
public class AssignerProblemMappers {

    @ServerExceptionMapper
    public Response unknownTenant(UnknownTenantException e, UriInfo uri) {
        return render(ProblemException.notFound(e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response graphFailed(GraphCallException e, UriInfo uri) {
        return render(new ProblemException(502, "Bad Gateway", "Microsoft Graph did not answer as expected: " + e.getMessage()
                + "; try again later"), uri);
    }

    private static Response render(ProblemException problem, UriInfo uri) {
        return Response.status(problem.status()).type("application/problem+json").entity(problem.toProblem(uri.getPath())).build();
    }
}
