package vn.gov.moh.soc.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.gov.moh.soc.portal.application.Caller;

/** Turns the verified token into the application's {@link Caller}. */
@RequestScoped
public class CallerFactory {
    @Inject
    JsonWebToken token;

    public Caller caller() {
        Object unit = token.getClaim("unit");
        // A custom claim comes as a JSON value: its toString() would keep the quotes.
        String unitClaim = unit == null ? null : unit instanceof JsonString js ? js.getString() : unit.toString();
        String name = token.getName() == null ? String.valueOf(token.getSubject()) : token.getName();
        return Caller.fromClaims(name, token.getGroups(), unitClaim);
    }
}
