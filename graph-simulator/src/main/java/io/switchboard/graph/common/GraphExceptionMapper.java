package io.switchboard.graph.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the simulator in Graph's error shape, so SDK clients parse it into an ODataError. */
public class GraphExceptionMapper {

    @ServerExceptionMapper
    public Response graph(GraphException e, HttpHeaders headers) {
        Response.ResponseBuilder builder = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.write(GraphErrors.body(e.code(), e.getMessage(), headers.getHeaderString("client-request-id"))));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 404 -> "UnknownError";
            case 405 -> "Request_BadRequest";
            case 415 -> "UnsupportedMediaType";
            default -> status >= 500 ? "UnknownError" : "BadRequest";
        };
        String message = status == 404 ? "Resource not found for the segment." : e.getMessage();
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.write(GraphErrors.body(code, message, headers.getHeaderString("client-request-id"))))
                .build();
    }
}
