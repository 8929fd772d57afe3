package vn.gov.moh.soc.portal.infrastructure.coverage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moh.soc.portal.domain.model.coverage.CoverageAssessment;
import vn.gov.moh.soc.portal.domain.model.coverage.CoverageRule;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * How coverage is measured (MicroProfile Config): {@code portal.coverage.window-minutes} (default
 * 15: a host whose newest heartbeat is older does not ship), {@code portal.coverage.monitored-when}
 * ({@code all-hosts}, the default, or {@code any-host}), {@code portal.coverage.consumer-group}
 * (default {@code compliance-portal-coverage}: every portal instance of one database shares it) and
 * {@code portal.coverage.data-center-units} (the units whose systems, with the units below them,
 * make the Ministry's "systems of the data center" figure; default: the whole sector). The broker
 * and namespace are the pipeline's ({@code portal.kafka.*}). A wrong value fails the deployment
 * with the setting's name: coverage computed on a misread window would be wrong, not just absent.
 */
@ApplicationScoped
public class CoverageSettings {
    public static final String DEFAULT_GROUP = "compliance-portal-coverage";

    @Inject
    @ConfigProperty(name = "portal.coverage.window-minutes")
    Optional<String> windowMinutes;
    @Inject
    @ConfigProperty(name = "portal.coverage.monitored-when")
    Optional<String> monitoredWhen;
    @Inject
    @ConfigProperty(name = "portal.coverage.consumer-group")
    Optional<String> consumerGroup;
    @Inject
    @ConfigProperty(name = "portal.coverage.data-center-units")
    Optional<String> dataCenterUnits;

    private CoverageAssessment assessment;
    private Set<UnitId> dataCenter;

    @PostConstruct
    void read() {
        assessment = assessment(windowMinutes.orElse(""), monitoredWhen.orElse(""));
        dataCenter = units(dataCenterUnits.orElse(""));
    }

    /** The assessment the settings describe; blank values take the defaults. */
    static CoverageAssessment assessment(String minutes, String rule) {
        long window = 15;
        if (!minutes.isBlank()) {
            try {
                window = Long.parseLong(minutes.strip());
            } catch (NumberFormatException e) {
                window = -1;
            }
            if (window < 1 || window > 7 * 24 * 60) {
                throw new IllegalArgumentException("portal.coverage.window-minutes: '" + minutes
                        + "' is not a number of minutes from 1 to 10080 (7 days, the heartbeat topic's retention)");
            }
        }
        CoverageRule parsed = CoverageRule.ALL_HOSTS;
        if (!rule.isBlank()) {
            try {
                parsed = CoverageRule.valueOf(rule.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("portal.coverage.monitored-when: '" + rule + "' is neither all-hosts nor any-host");
            }
        }
        return new CoverageAssessment(Duration.ofMinutes(window), parsed);
    }

    /** The listed unit ids; empty for the whole sector. */
    static Set<UnitId> units(String list) {
        Set<UnitId> ids = new LinkedHashSet<>();
        for (String part : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            try {
                ids.add(UnitId.of(part));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("portal.coverage.data-center-units: " + e.getMessage());
            }
        }
        return Set.copyOf(ids);
    }

    public CoverageAssessment assessment() {
        return assessment;
    }

    /** The units whose subtrees hold the data center's systems; empty for the whole sector. */
    public Set<UnitId> dataCenterUnits() {
        return dataCenter;
    }

    public String consumerGroup() {
        return consumerGroup.map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT_GROUP);
    }
}
