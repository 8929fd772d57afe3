package vn.gov.moh.soc.portal.interfaces.rest.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DossierResourceTest {
    @Test
    void aFileNameSentAsUtf8AndReadAsLatin1IsRestored() {
        String sent = "thiết kế sơ bộ.pdf";
        String asJerseyReadsIt = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(DossierResource.utf8(asJerseyReadsIt)).isEqualTo(sent);
        assertThat(DossierResource.utf8("plain.pdf")).isEqualTo("plain.pdf");
        assertThat(DossierResource.utf8("caf\u00e9.pdf")).as("Latin-1 that is not UTF-8 stays").isEqualTo("caf\u00e9.pdf");
        assertThat(DossierResource.utf8(sent)).as("already decoded").isEqualTo(sent);
    }
}
