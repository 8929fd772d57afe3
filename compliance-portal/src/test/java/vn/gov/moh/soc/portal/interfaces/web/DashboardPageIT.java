package vn.gov.moh.soc.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.interfaces.rest.PortalOnPayara;
import vn.gov.moh.soc.portal.interfaces.rest.PortalWithSearch;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The dashboard page in headless Chromium: every chart drawn by Chart.js (the library PrimeFaces
 * serves from the portal itself, nothing from a CDN), with its data and the target as a reference
 * line; the figures beside them; English through the header's switch; an officer's charts have
 * their own unit only. Screenshots {@code target/screenshots/dashboard-*.png}.
 */
@RealStack
@ExtendWith(PortalWithSearch.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardPageIT {
    private static final List<String> CHARTS = List.of("chartDossiersByLevel", "chartDossiersByUnit", "chartCompliance", "chartProtection",
            "chartMonitoring", "chartDrills", "chartIpv6Phases", "chartIpv6Traffic", "chartIncidentsByUnit", "chartIncidentsByStatus");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static boolean seeded;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private static String bearer(DemoUser user) throws Exception {
        return JSON.readTree(PortalOnPayara.keycloak().passwordGrant(user).body()).path("access_token").asText();
    }

    /** Two systems of Bạch Mai through the API, so the charts have something to draw. */
    private void seed() throws Exception {
        if (seeded) {
            return;
        }
        createSystems(bearer(DemoUser.ADMIN), List.of("HIS Bach Mai", "LIS Bach Mai"), "bv-bach-mai");
        seeded = true;
    }

    private void createSystems(String bearer, List<String> names, String owner) throws Exception {
        for (String name : names) {
            String body = JSON.writeValueAsString(Map.of("name", name, "owner", owner,
                    "operator", "Phòng CNTT", "purpose", "Khám chữa bệnh",
                    "profile", Map.of("information", Map.of("categories", List.of("PERSONAL", "PRIVATE"), "personalDataSubjects", 250000),
                            "audience", "CITIZENS_AND_BUSINESSES", "onlineService", "PARTIAL", "scope", "SINGLE_UNIT"),
                    "components", List.of(Map.of("name", "web", "hostNames", List.of(name.replace(' ', '-').toLowerCase() + ".example.vn"),
                            "addresses", List.of()))));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/systems"))
                    .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    /** What Chart.js holds for the chart of that component id: its type, labels and datasets' labels, or null. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> chart(HeadlessChromium browser, String id) {
        return (Map<String, Object>) browser.driver.executeScript("""
                const canvas = document.querySelector('[id="' + arguments[0] + '"] canvas');
                const c = canvas && window.Chart && Chart.getChart(canvas);
                if (!c) { return null; }
                return {type: c.config.type, labels: c.data.labels, datasets: c.data.datasets.map(d => d.label),
                        data: c.data.datasets.map(d => d.data), width: canvas.width, height: canvas.height};
                """, id);
    }

    @Test
    @Order(1)
    void theAuditorSeesEveryChartDrawnWithItsTargetLineInVietnameseAndEnglish(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        seed();
        // Two IPv6 connections and one IPv4 of Bạch Mai a minute ago: its line on the traffic chart at 66%.
        StringBuilder bulk = new StringBuilder();
        String[][] events = {{"2001:db8:1::5", "2001:db8:ffaa::11"}, {"2001:db8:1::6", "2001:db8:ffaa::11"}, {"10.40.0.5", "10.40.0.10"}};
        Instant at = Instant.now().minusSeconds(60);
        for (int i = 0; i < events.length; i++) {
            bulk.append("{\"index\":{\"_index\":\"").append(ns.eventsIndex(at.atOffset(ZoneOffset.UTC).toLocalDate()))
                    .append("\",\"_id\":\"page-").append(i).append("\"}}\n")
                    .append("{\"@timestamp\":\"").append(at).append("\",\"event\":{\"id\":\"page-").append(i)
                    .append("\"},\"organization\":{\"id\":\"bv-bach-mai\"},\"source\":{\"ip\":\"").append(events[i][0])
                    .append("\"},\"destination\":{\"ip\":\"").append(events[i][1]).append("\"}}\n");
        }
        HttpResponse<String> indexed = HTTP.send(HttpRequest.newBuilder(URI.create(es.url() + "/_bulk?refresh=true"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(indexed.body()).contains("\"errors\":false");
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.AUDITOR, "dashboard.xhtml")) {
            browser.steps("dashboard-auditor", () -> {
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bảng theo dõi tuân thủ an toàn thông tin");
                assertThat(browser.driver.findElement(By.id("navDashboard")).isDisplayed()).isTrue();
                browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(10));
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                        .until(d -> CHARTS.stream().allMatch(id -> chart(browser, id) != null));
                for (String id : CHARTS) {
                    Map<String, Object> c = chart(browser, id);
                    assertThat(((Number) c.get("width")).intValue()).as(id + " drawn on a canvas").isPositive();
                    assertThat((List<?>) c.get("datasets")).as(id).isNotEmpty();
                }
                String chartJs = (String) browser.driver.executeScript(
                        "return [...document.scripts].map(s => s.src).filter(s => s.includes('chart')).join(' ');");
                assertThat(chartJs).as("Chart.js from the portal itself").startsWith(base.toString().replaceAll("/$", ""));
                Map<String, Object> byUnit = chart(browser, "chartDossiersByUnit");
                assertThat((List<String>) byUnit.get("labels")).contains("Bệnh viện Bạch Mai", "Bệnh viện Đa khoa Xanh Pôn", "Bộ Y tế");
                assertThat((List<String>) byUnit.get("datasets")).contains("Mục tiêu 100%");
                List<?> data = (List<?>) byUnit.get("data");
                assertThat(((List<?>) data.get(1)).stream().map(v -> ((Number) v).doubleValue()).toList()).as("the target line at 100 for every unit")
                        .containsOnly(100.0);
                assertThat((List<String>) chart(browser, "chartDrills").get("datasets")).contains("Mục tiêu: 1 lần/năm");
                assertThat((List<String>) chart(browser, "chartProtection").get("datasets")).contains("Mục tiêu: đủ 4 lớp");
                Map<String, Object> traffic = chart(browser, "chartIpv6Traffic");
                assertThat((List<String>) traffic.get("datasets")).containsExactly("Bệnh viện Bạch Mai");
                List<?> shares = (List<?>) ((List<?>) traffic.get("data")).get(0);
                assertThat(((Number) shares.get(shares.size() - 1)).intValue()).as("this month: 2 of 3 over IPv6").isEqualTo(66);
                assertThat(browser.driver.findElement(By.id("figDossiers")).getText()).contains("0% (0/2)");
                assertThat(browser.driver.findElement(By.id("layers")).getText()).contains("Chưa triển khai");
                assertThat(browser.present(By.id("trafficUnavailable")) && browser.driver.findElement(By.id("trafficUnavailable")).isDisplayed())
                        .as("Elasticsearch answers").isFalse();
                browser.screenshot("dashboard-01-auditor-vi");

                browser.driver.findElement(By.id("lang:en")).click();
                browser.waitForText(By.tagName("h1"), "Information security compliance dashboard");
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                        .until(d -> chart(browser, "chartDossiersByUnit") != null);
                assertThat((List<String>) chart(browser, "chartDossiersByUnit").get("datasets")).contains("Target 100%");
                assertThat((List<String>) chart(browser, "chartDossiersByLevel").get("labels")).containsExactly("Level 1", "Level 2",
                        "Level 3", "Level 4", "Level 5");
                browser.screenshot("dashboard-02-auditor-en");
            });
        }
    }

    @Test
    @Order(2)
    void anOfficersChartsShowTheirOwnUnitOnly() throws Exception {
        seed();
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.OFFICER_BACH_MAI, "dashboard.xhtml")) {
            browser.steps("dashboard-officer", () -> {
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                        .until(d -> chart(browser, "chartDossiersByUnit") != null);
                assertThat((List<String>) chart(browser, "chartDossiersByUnit").get("labels")).containsExactly("Bệnh viện Bạch Mai");
                assertThat((List<String>) chart(browser, "chartDrills").get("labels")).containsExactly("Bệnh viện Bạch Mai");
                browser.screenshot("dashboard-03-officer");
            });
        }
    }

    /**
     * The dashboard's answer as the inventory grows from 2 to 302 systems: the figures count every
     * system, and the time of {@code GET /api/dashboard} is printed (median of 7, after 3 warm-up
     * calls) for the report; no time is asserted (a shared machine), the constant number of queries
     * is {@code DashboardService}'s design.
     */
    @Test
    @Order(3)
    void theDashboardCountsAFewHundredSystemsInOneAnswer() throws Exception {
        seed();
        String auditor = bearer(DemoUser.AUDITOR);
        long small = medianMillis(auditor);
        String admin = bearer(DemoUser.ADMIN);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add("He thong " + i);
        }
        createSystems(admin, names.subList(0, 150), "bv-bach-mai");
        createSystems(admin, names.subList(150, 300), "bv-xanh-pon");
        long large = medianMillis(auditor);
        HttpResponse<String> r = get(auditor);
        var d = JSON.readTree(r.body());
        assertThat(d.path("dossiers").path("overall").path("total").asInt()).isEqualTo(302);
        assertThat(d.path("monitoring").path("overall").path("total").asInt()).isEqualTo(302);
        assertThat(d.path("compliance").findValues("systems").stream().mapToInt(n -> n.asInt()).sum()).isEqualTo(302);
        System.err.println("[dashboard-measure] GET /api/dashboard median of 7: " + small + " ms with 2 systems, " + large
                + " ms with 302 systems (shared machine, load " + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage() + ")");
    }

    private HttpResponse<String> get(String bearer) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/dashboard"))
                .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    private long medianMillis(String bearer) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(bearer);
        }
        List<Long> times = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            get(bearer);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        java.util.Collections.sort(times);
        return times.get(3);
    }
}
