package vn.gov.moh.soc.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Turns the verified token into the application's {@link Caller}. */
@RequestScoped
public class CallerFactory {
    @Inject
    JsonWebToken token;

    public Caller caller() {
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        Object unit = token.getClaim("unit");
        UnitId unitId = null;
        if (unit != null) {
            try {
                // A custom claim comes as a JSON value: its toString() would keep the quotes.
                unitId = UnitId.of(unit instanceof JsonString js ? js.getString() : unit.toString());
            } catch (IllegalArgumentException e) {
                unitId = null; // a malformed claim leaves an officer with nothing, never with everything
            }
        }
        String name = token.getName() == null ? String.valueOf(token.getSubject()) : token.getName();
        return new Caller(name, groups, unitId);
    }
}
