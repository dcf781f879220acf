package io.switchboard.inventory.numbers;

import io.switchboard.rest.problems.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An admin asking for a transition the life cycle forbids gets a 409 that says what is possible. */
public class TransitionProblems {

    @ServerExceptionMapper
    public Response illegal(IllegalTransitionException e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Conflict", 409, e.getMessage(), uri.getPath(), List.of())).build();
    }
}
