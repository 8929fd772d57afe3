package vn.gov.moh.soc.portal.interfaces.web.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;

/** The queue pages' texts exist in Vietnamese and English alike, one per status the page shows. */
class AlertTextsTest {
    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = AlertTextsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> queueKeys(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("alerts.") || k.startsWith("alert.") || k.equals("nav.alerts"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyQueueTextIsInBothLanguagesAndEveryStatusHasOne() throws Exception {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");

        assertThat(queueKeys(en)).isEqualTo(queueKeys(vi)).hasSizeGreaterThan(40);
        for (TriageStatus s : TriageStatus.values()) {
            assertThat(vi.getProperty("alerts.status." + s.documentValue())).as(s.name()).isNotBlank();
        }
        assertThat(vi.getProperty("alerts.status.open")).isEqualTo("Mới");
    }
}
