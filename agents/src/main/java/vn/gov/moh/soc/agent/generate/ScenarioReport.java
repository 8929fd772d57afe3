package vn.gov.moh.soc.agent.generate;

import java.time.Instant;
import java.util.List;

/**
 * What a drill needs to find a scenario's lines and alerts afterwards: which scenario, in which
 * unit, from when to when, from which source address, as which user, against which host.
 *
 * @param scenario scenario name ({@code ssh-brute-force})
 * @param unit     unit code
 * @param started  time of its first line
 * @param ended    time of its last line
 * @param sourceIp the attacking address (for EHR snooping, the insider's workstation)
 * @param user     the account used or attacked, or null when several ({@link #users})
 * @param host     the machine attacked (fully qualified)
 * @param lines    how many lines the scenario writes
 * @param users    every account involved, when there are several (password spraying), else empty
 */
public record ScenarioReport(String scenario, String unit, Instant started, Instant ended, String sourceIp, String user,
        String host, int lines, List<String> users) {
    public ScenarioReport {
        users = List.copyOf(users);
    }

    /** One line of JSON: {@code {"scenario":...,"unit":...,"started":...,"source_ip":...,"user":...,"host":...}}. */
    public String toJson() {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"scenario\":");
        JsonText.appendString(sb, scenario).append(",\"unit\":");
        JsonText.appendString(sb, unit).append(",\"started\":\"").append(started).append("\",\"ended\":\"").append(ended)
                .append("\",\"source_ip\":");
        nullable(sb, sourceIp).append(",\"user\":");
        nullable(sb, user).append(",\"host\":");
        nullable(sb, host).append(",\"lines\":").append(lines);
        if (!users.isEmpty()) {
            sb.append(",\"users\":[");
            for (int i = 0; i < users.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                JsonText.appendString(sb, users.get(i));
            }
            sb.append(']');
        }
        return sb.append('}').toString();
    }

    private static StringBuilder nullable(StringBuilder sb, String s) {
        return s == null ? sb.append("null") : JsonText.appendString(sb, s);
    }
}
