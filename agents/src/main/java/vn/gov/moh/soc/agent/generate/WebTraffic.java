package vn.gov.moh.soc.agent.generate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Normal requests to a unit's hospital information system portal as its nginx logs them: staff
 * on the HIS pages and the FHIR API from the internal network, patients booking appointments and
 * looking up results from outside, and the static assets their browsers fetch.
 */
final class WebTraffic implements Traffic {
    /** Browser user agents: staff PCs run Chrome and Edge, patients also phones. */
    static final String[] DESKTOP_AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 Edg/119.0.0.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0"};
    private static final String[] PUBLIC_AGENTS = {
        "Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36 Zalo android/12100678 ZaloTheme/light ZaloLanguage/vi",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 coc_coc_browser/117.0.228",
        "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"};
    private static final String HIS_CLIENT_AGENT = "HISClient/4.2.1 (Windows NT 10.0; Win64; x64) okhttp/4.12.0";
    private static final String[] PUBLIC_REFERRERS = {null, "https://www.google.com/", "https://coccoc.com/search",
        "https://zalo.me/", null};
    private static final String[] LAB_CATEGORIES = {"laboratory", "vital-signs", "imaging"};
    private static final String[] NEWS = {"/tin-tuc/lich-kham-tet-nguyen-dan", "/tin-tuc/huong-dan-dat-lich-kham-truc-tuyen",
        "/tin-tuc/tiem-chung-cum-mua", "/gioi-thieu", "/lien-he", "/bang-gia-dich-vu"};

    private final HospitalUnit[] units;
    private final AccessLogFormat format;
    private final TimeText time;
    /** Per unit: asset paths, their sizes, and the portal's base URL. */
    private final String[][] assets;
    private final int[][] assetSizes;
    private final String[] base;

    WebTraffic(List<HospitalUnit> units, Formats formats) {
        this.units = units.toArray(new HospitalUnit[0]);
        this.format = formats.access;
        this.time = formats.time;
        this.assets = new String[this.units.length][];
        this.assetSizes = new int[this.units.length][];
        this.base = new String[this.units.length];
        for (int i = 0; i < this.units.length; i++) {
            String build = Hex.digest(this.units[i].code() + "#build", 8, false);
            assets[i] = new String[] {"/static/js/app." + build + ".js", "/static/js/vendor." + build + ".js",
                "/static/css/app." + build + ".css", "/static/img/logo-bv.png", "/static/fonts/Roboto-Regular.woff2",
                "/favicon.ico", "/static/img/banner-dat-lich.jpg"};
            assetSizes[i] = new int[] {184_523, 412_877, 48_211, 12_904, 64_788, 5_430, 231_552};
            base[i] = "https://" + this.units[i].portal();
        }
    }

    @Override
    public void next(StringBuilder sb, int unit, long nanos, int localHour, SplittableRandom rng) {
        HospitalUnit u = units[unit];
        int r = rng.nextInt(100);
        boolean staffHours = !Diurnal.night(localHour);
        if (r < 35) {
            staticAsset(sb, unit, nanos, rng);
        } else if (r < 70 && (staffHours || rng.nextBoolean())) {
            Staff s = u.staff().get(rng.nextInt(u.staff().size()));
            format.begin(sb, nanos, s.ip());
            hisPage(sb, unit, nanos, s, rng);
        } else if (r < 80) {
            Staff s = u.staff().get(rng.nextInt(u.staff().size()));
            format.begin(sb, nanos, s.ip());
            fhirCall(sb, u, rng);
        } else {
            publicPage(sb, unit, nanos, rng);
        }
    }

    private void staticAsset(StringBuilder sb, int unit, long nanos, SplittableRandom rng) {
        HospitalUnit u = units[unit];
        boolean staff = rng.nextInt(3) > 0;
        String agent;
        if (staff) {
            Staff s = u.staff().get(rng.nextInt(u.staff().size()));
            format.begin(sb, nanos, s.ip());
            agent = DESKTOP_AGENTS[Stable.below(s.rid(), DESKTOP_AGENTS.length)];
        } else {
            Addresses.appendBenignExternal(sb, rng);
            format.afterClient(sb, nanos);
            agent = PUBLIC_AGENTS[rng.nextInt(4)];
        }
        int a = rng.nextInt(assets[unit].length);
        sb.append("GET ").append(assets[unit][a]);
        boolean cached = rng.nextInt(10) < 3;
        String page = staff ? "/his/patient/search" : "/dat-lich-kham";
        format.end(sb, cached ? 304 : 200, cached ? 0 : assetSizes[unit][a], base[unit] + page, agent);
    }

    private void hisPage(StringBuilder sb, int unit, long nanos, Staff s, SplittableRandom rng) {
        HospitalUnit u = units[unit];
        String agent = DESKTOP_AGENTS[Stable.below(s.rid(), DESKTOP_AGENTS.length)];
        int r = rng.nextInt(100);
        int status = 200;
        int bytes;
        String referrer = base[unit] + "/his/";
        if (r < 30) {
            sb.append("GET /his/patient/search?q=");
            patientQuery(sb, rng);
            sb.append("&khoa=").append(s.department().code()).append("&page=").append(1 + rng.nextInt(3));
            bytes = 6_000 + rng.nextInt(30_000);
        } else if (r < 55) {
            sb.append("GET /his/patient/view?id=").append(patient(u, rng));
            bytes = 14_000 + rng.nextInt(40_000);
            referrer = base[unit] + "/his/patient/search";
        } else if (r < 70) {
            sb.append("GET /his/encounter/list?khoa=").append(s.department().code()).append("&ngay=");
            time.localDate(sb, nanos);
            bytes = 9_000 + rng.nextInt(25_000);
        } else if (r < 80) {
            sb.append("POST /his/order/").append(rng.nextBoolean() ? "lab" : "imaging");
            status = 201;
            bytes = 180 + rng.nextInt(400);
            referrer = base[unit] + "/his/patient/view";
        } else if (r < 93) {
            sb.append("GET /his/api/notifications?since=").append(nanos / 1_000_000 - 30_000 - rng.nextInt(30_000));
            bytes = 2 + rng.nextInt(900);
        } else if (r < 97) {
            sb.append("POST /his/login");
            status = rng.nextInt(12) == 0 ? 401 : 302;
            bytes = status == 302 ? 0 : 1_240;
            referrer = base[unit] + "/his/login";
        } else {
            sb.append("GET /his/logout");
            status = 302;
            bytes = 0;
        }
        format.end(sb, status, bytes, referrer, agent);
    }

    private void fhirCall(StringBuilder sb, HospitalUnit u, SplittableRandom rng) {
        long patient = patient(u, rng);
        int r = rng.nextInt(4);
        int status = 200;
        int bytes;
        switch (r) {
            case 0 -> {
                sb.append("GET /fhir/Patient/").append(patient);
                if (rng.nextInt(40) == 0) {
                    status = 404;
                }
                bytes = status == 404 ? 312 : 1_800 + rng.nextInt(1_500);
            }
            case 1 -> {
                sb.append("GET /fhir/Observation?patient=").append(patient).append("&category=")
                        .append(LAB_CATEGORIES[rng.nextInt(LAB_CATEGORIES.length)]).append("&_count=50");
                bytes = 4_000 + rng.nextInt(60_000);
            }
            case 2 -> {
                sb.append("GET /fhir/Encounter?patient=").append(patient).append("&_sort=-date");
                bytes = 3_000 + rng.nextInt(20_000);
            }
            default -> {
                sb.append("GET /fhir/MedicationRequest?patient=").append(patient).append("&status=active");
                bytes = 2_000 + rng.nextInt(15_000);
            }
        }
        format.end(sb, status, bytes, null, HIS_CLIENT_AGENT);
    }

    private void publicPage(StringBuilder sb, int unit, long nanos, SplittableRandom rng) {
        Addresses.appendBenignExternal(sb, rng);
        format.afterClient(sb, nanos);
        int agent = rng.nextInt(PUBLIC_AGENTS.length);
        String referrer = PUBLIC_REFERRERS[rng.nextInt(PUBLIC_REFERRERS.length)];
        int r = rng.nextInt(100);
        int status = 200;
        int bytes;
        if (r < 20) {
            sb.append("GET /");
            bytes = 38_000 + rng.nextInt(3_000);
        } else if (r < 40) {
            sb.append("GET /dat-lich-kham");
            bytes = 22_000 + rng.nextInt(2_000);
        } else if (r < 55) {
            Department d = Department.values()[rng.nextInt(6)];
            sb.append("GET /api/appointments?date=");
            time.localDate(sb, nanos + 86_400_000_000_000L * (1 + rng.nextInt(6)));
            sb.append("&department=").append(d.code());
            bytes = 600 + rng.nextInt(4_000);
            referrer = base[unit] + "/dat-lich-kham";
        } else if (r < 63) {
            sb.append("POST /api/appointments");
            status = rng.nextInt(10) == 0 ? 409 : 201;
            bytes = 150 + rng.nextInt(200);
            referrer = base[unit] + "/dat-lich-kham";
        } else if (r < 75) {
            sb.append("GET /tra-cuu-ket-qua?ma=KQ").append(2_400_000 + rng.nextInt(600_000));
            status = rng.nextInt(8) == 0 ? 404 : 200;
            bytes = status == 404 ? 9_800 : 15_000 + rng.nextInt(8_000);
        } else if (r < 95) {
            sb.append("GET ").append(NEWS[rng.nextInt(NEWS.length)]);
            bytes = 25_000 + rng.nextInt(20_000);
        } else {
            sb.append("GET /robots.txt");
            bytes = 67;
            agent = PUBLIC_AGENTS.length - 1 - rng.nextInt(2);
            referrer = null;
        }
        format.end(sb, status, bytes, referrer, PUBLIC_AGENTS[agent]);
    }

    private static long patient(HospitalUnit u, SplittableRandom rng) {
        return u.firstPatientId() + rng.nextInt(u.patientCount());
    }

    /** A patient's name as typed into the search box: ASCII with '+', or percent-encoded Vietnamese. */
    private static void patientQuery(StringBuilder sb, SplittableRandom rng) {
        VietnameseNames.Name n = VietnameseNames.next(rng);
        if (rng.nextInt(4) == 0) {
            sb.append(URLEncoder.encode(n.display(), StandardCharsets.UTF_8));
        } else {
            String a = n.account();
            for (int i = 0; i < a.length(); i++) {
                char c = a.charAt(i);
                sb.append(c == '.' ? '+' : c);
            }
        }
    }
}
