package vn.gov.moh.soc.portal.interfaces.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.level.Criterion;
import vn.gov.moh.soc.portal.domain.model.level.Decree85Criteria;

/** Every row of the criteria table reads in both languages of the level wizard. */
class CriteriaTextsTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CriteriaTextsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void eachCriterionHasAVietnameseTextThatIsNotTheEnglishOne() throws IOException {
        Properties vi = bundle("messages.properties");
        for (Criterion c : Decree85Criteria.TABLE) {
            assertThat(vi.getProperty("criterion." + c.id())).as(c.id()).isNotBlank().isNotEqualTo(c.condition());
        }
    }

    @Test
    void theEnglishTextIsTheDomainsOwn() throws IOException {
        Properties en = bundle("messages_en.properties");
        for (Criterion c : Decree85Criteria.TABLE) {
            assertThat(en.getProperty("criterion." + c.id())).as(c.id()).isEqualTo(c.condition());
        }
    }
}
