package vn.gov.moh.soc.agent.generate;

/**
 * nginx's {@code combined} log format:
 * {@code $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"}.
 * A line is written in two halves around the request, which the caller appends itself so that
 * no request string needs to be built.
 */
final class AccessLogFormat {
    private final TimeText time;

    AccessLogFormat(TimeText time) {
        this.time = time;
    }

    /** Appends {@code client - - [time] "}: the request line follows. */
    StringBuilder begin(StringBuilder sb, long nanos, CharSequence client) {
        return afterClient(sb.append(client), nanos);
    }

    /** Appends {@code  - - [time] "} after a client address the caller has appended. */
    StringBuilder afterClient(StringBuilder sb, long nanos) {
        sb.append(" - - [");
        time.nginx(sb, nanos);
        return sb.append("] \"");
    }

    /** Closes the request and appends status, size, referrer ({@code null} for none) and user agent. */
    void end(StringBuilder sb, int status, int bytes, CharSequence referrer, String userAgent) {
        sb.append(" HTTP/1.1\" ").append(status).append(' ').append(bytes).append(" \"");
        if (referrer == null) {
            sb.append('-');
        } else {
            sb.append(referrer);
        }
        sb.append("\" \"").append(userAgent).append('"');
    }
}
