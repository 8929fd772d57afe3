package vn.gov.moh.soc.agent;

import java.nio.file.Path;
import java.time.Duration;
import vn.gov.moh.soc.agent.config.AgentConfig;
import vn.gov.moh.soc.agent.pipeline.Input;
import vn.gov.moh.soc.agent.syslog.SyslogInput;
import vn.gov.moh.soc.agent.syslog.SyslogSettings;
import vn.gov.moh.soc.agent.syslog.SyslogTransport;

/** Builds a syslog input from its configuration. */
final class SyslogInputs {
    private SyslogInputs() {
    }

    static Input create(AgentConfig.SyslogInput s, String agentId) {
        return new SyslogInput(new SyslogSettings(s.name(), s.unit(), agentId, SyslogTransport.valueOf(s.transport().name()),
                s.listenHost(), s.port(), s.maxMessageBytes(), s.keystore() == null ? null : Path.of(s.keystore()),
                s.keystorePassword(), s.truststore() == null ? null : Path.of(s.truststore()), s.truststorePassword(),
                s.maxConnections(), Duration.ZERO)); // no idle timeout: senders lose what they write into a closed connection
    }
}
