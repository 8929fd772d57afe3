package vn.gov.moh.soc.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldMessagesTest {
    @Test
    void aComponentsPathNamesTheInputOfThatRow() {
        assertThat(FieldMessages.clientId("form", "components[1].addresses[0]")).isEqualTo("form:components:1:addresses");
        assertThat(FieldMessages.clientId("form", "components[0].hostNames[2].<list element>")).isEqualTo("form:components:0:hostNames");
    }

    @Test
    void aTopLevelPathNamesItsFirstSegment() {
        assertThat(FieldMessages.clientId("form", "name")).isEqualTo("form:name");
        assertThat(FieldMessages.clientId("wizard", "justification")).isEqualTo("wizard:justification");
    }

    @Test
    void theProfilesPathsNameTheWizardsInputs() {
        assertThat(FieldMessages.clientId("wizard", "profile.information")).isEqualTo("wizard:categories");
        assertThat(FieldMessages.clientId("wizard", "profile.onlineService")).isEqualTo("wizard:onlineService");
        assertThat(FieldMessages.clientId("form", "profile.scope")).isEqualTo("form:profile");
        assertThat(FieldMessages.clientId("wizard", "justification")).isEqualTo("wizard:justification");
    }

    @Test
    void noPathNamesNoInput() {
        assertThat(FieldMessages.clientId("form", null)).isNull();
        assertThat(FieldMessages.clientId("form", " ")).isNull();
    }
}
