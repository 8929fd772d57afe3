package vn.gov.moh.soc.portal.interfaces.rest.rule;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gov.moh.soc.portal.application.pipeline.InvalidRuleException;
import vn.gov.moh.soc.portal.application.pipeline.RuleValidation;
import vn.gov.moh.soc.portal.interfaces.rest.problem.Problems;

/**
 * A rule the engine refuses, as problem+json: {@code field} and {@code line} of the first problem
 * (the line only where the YAML parser gives one), {@code errors} all of them.
 */
@Provider
public class InvalidRuleMapper implements ExceptionMapper<InvalidRuleException> {
    @Override
    public Response toResponse(InvalidRuleException e) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        e.problems().forEach(p -> errors.add(problem(p)));
        RuleValidation.Problem first = e.problems().get(0);
        JsonObjectBuilder body = problem(first).add("type", "about:blank").add("title", "Invalid Sigma rule")
                .add("status", 400).add("detail", first.message()).add("errors", errors);
        body.remove("message");
        return Response.status(Response.Status.BAD_REQUEST).type(Problems.MEDIA_TYPE).entity(body.build().toString()).build();
    }

    private static JsonObjectBuilder problem(RuleValidation.Problem p) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("field", p.field()).add("message", p.message());
        if (p.line() > 0) {
            b.add("line", p.line());
        }
        return b;
    }
}
