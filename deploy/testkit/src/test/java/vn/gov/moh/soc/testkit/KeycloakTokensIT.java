package vn.gov.moh.soc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.stack.part.DemoUser;

@RealStack
class KeycloakTokensIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PLATFORM_ROLES = List.of("soc-analyst", "unit-security-officer", "auditor", "admin");

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void eachDemoUsersTokenCarriesItsRoleInGroupsAndItsUnit(DemoUser user, KeycloakEndpoint keycloak) throws Exception {
        KeycloakEndpoint.TokenResponse response = keycloak.passwordGrant(user);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode claims = payload(JSON.readTree(response.body()).path("access_token").asText());
        List<String> groups = new ArrayList<>();
        claims.path("groups").forEach(g -> groups.add(g.asText()));

        assertThat(groups).contains(user.role());
        assertThat(groups).filteredOn(PLATFORM_ROLES::contains).containsExactly(user.role());
        assertThat(claims.path("unit").asText()).isEqualTo(user.unit());
        assertThat(claims.path("upn").asText()).isEqualTo(user.username());
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuer());
    }

    @Test
    void theTwoOfficersBelongToDifferentUnits() {
        assertThat(DemoUser.OFFICER_BACH_MAI.role()).isEqualTo(DemoUser.OFFICER_HA_NOI.role());
        assertThat(DemoUser.OFFICER_BACH_MAI.unit()).isNotEqualTo(DemoUser.OFFICER_HA_NOI.unit());
    }

    @Test
    void aWrongPasswordGetsNoToken(KeycloakEndpoint keycloak) throws Exception {
        KeycloakEndpoint.TokenResponse response = keycloak.passwordGrant(DemoUser.AUDITOR.username(), "not-the-password");

        assertThat(response.status()).isEqualTo(401);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error").asText()).isEqualTo("invalid_grant");
        assertThat(body.has("access_token")).isFalse();
    }

    private static JsonNode payload(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }
}
