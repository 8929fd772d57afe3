/**
 * The syslog server input of soc-agent: receives syslog over UDP, TCP or TLS (RFC 5426, RFC 6587,
 * RFC 5425) and hands each message to the agent's sink as an
 * {@link vn.gov.moh.soc.core.envelope.Envelope} of format {@code syslog}.
 *
 * <p>{@link vn.gov.moh.soc.agent.syslog.SyslogInput} is the entry point, configured by
 * {@link vn.gov.moh.soc.agent.syslog.SyslogSettings}. Messages are not rewritten: the envelope
 * carries the message as received (decoded as UTF-8, cut at the maximum size) and its flags; the
 * envelope host is the syslog HOSTNAME when the message parses as RFC 3164 or RFC 5424, else the
 * sender's address. {@link vn.gov.moh.soc.agent.line.LineDecoding} turns received bytes into
 * text and flags and is shared with the other inputs.
 */
package vn.gov.moh.soc.agent.syslog;
