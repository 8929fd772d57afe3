package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.application.Caller;

/**
 * "The auditor reads everything and changes nothing", for every endpoint of the API at once: each
 * resource method of the war's {@code interfaces.rest} packages is found by reflection, so an
 * endpoint added later is checked without anyone listing it. A method that changes state (POST,
 * PUT, PATCH, DELETE) must not admit the auditor's role; a GET must admit it, except the few whose
 * refusal is a decision, named here with the reason. The running server's answers for the same
 * rule (403 to the auditor on every change, 200 on reads, nothing audited) are the matrices of
 * {@code PortalApiIT}, {@code GovernanceApiIT}, {@code DossierApiIT}, {@code IncidentApiIT},
 * {@code AlertQueueIT}, {@code EventSearchIT}, {@code PipelinePublishingIT}, {@code DashboardApiIT} and {@code ReportApiIT}.
 */
class AuditorMatrixTest {
    /** Reads an auditor is refused, on purpose. */
    private static final Map<String, String> READS_REFUSED = Map.of(
            "GET /incidents/proposal", "drafts an incident from alerts: the first step of an escalation, which only the SOC makes");

    /** Changes an auditor may make, on purpose: the architecture's auditors "generate compliance reports". */
    private static final Map<String, String> CHANGES_ALLOWED = Map.of(
            "POST /reports", "requests a compliance report: it writes the report and its audit record, and changes no record it reads");

    record Endpoint(String verb, String path, Set<String> roles) {
        String name() {
            return verb + " " + path;
        }
    }

    private static List<Endpoint> endpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = Paths.get(PortalApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.nio.file.Path rest = root.resolve(PortalApplication.class.getPackageName().replace('.', '/'));
        List<Endpoint> result = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(rest)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, AuditorMatrixTest.class.getClassLoader());
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    String path = (base.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("/$", "");
                    result.add(new Endpoint(verb, path.startsWith("/") ? path : "/" + path, roles(type, m)));
                }
            }
        }
        return result;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        if (m.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return m.isAnnotationPresent(HEAD.class) ? "HEAD" : null;
    }

    /** The roles the method admits: its own annotation, else its class's; null for any authenticated caller. */
    private static Set<String> roles(Class<?> type, Method m) {
        if (m.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        if (m.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed own = m.getAnnotation(RolesAllowed.class);
        RolesAllowed onClass = type.getAnnotation(RolesAllowed.class);
        RolesAllowed r = own != null ? own : onClass;
        return r == null ? null : Set.of(r.value());
    }

    private static boolean admitsAuditor(Endpoint e) {
        return e.roles() == null || e.roles().contains(Caller.AUDITOR);
    }

    @Test
    void theApiHasTheEndpointsThisTestIsMeantToCheck() throws Exception {
        List<String> names = endpoints().stream().map(Endpoint::name).toList();
        assertThat(names).as("found by reflection").hasSizeGreaterThan(60)
                .contains("GET /dashboard", "GET /dashboard/ipv6-traffic", "POST /systems", "PUT /systems/{id}", "POST /incidents",
                        "POST /alerts/triage", "DELETE /dossiers/{id}/attachments/{attachment}");
    }

    @Test
    void noEndpointThatChangesStateAdmitsTheAuditor() throws Exception {
        Set<String> admitted = new TreeSet<>();
        for (Endpoint e : endpoints()) {
            if (!e.verb().equals("GET") && !e.verb().equals("HEAD") && admitsAuditor(e) && !CHANGES_ALLOWED.containsKey(e.name())) {
                admitted.add(e.name() + " " + (e.roles() == null ? "(any role)" : e.roles()));
            }
        }
        assertThat(admitted).isEmpty();
    }

    @Test
    void everyReadAdmitsTheAuditorExceptTheNamedDecisions() throws Exception {
        Set<String> refused = new TreeSet<>();
        for (Endpoint e : endpoints()) {
            if (e.verb().equals("GET") && !admitsAuditor(e) && !READS_REFUSED.containsKey(e.name())) {
                refused.add(e.name() + " " + e.roles());
            }
        }
        assertThat(refused).isEmpty();
        assertThat(READS_REFUSED.keySet()).as("each exception still exists").allSatisfy(name -> {
            try {
                assertThat(endpoints().stream().map(Endpoint::name)).contains(name);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
    }
}
