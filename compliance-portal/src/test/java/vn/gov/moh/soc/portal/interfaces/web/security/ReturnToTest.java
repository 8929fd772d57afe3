package vn.gov.moh.soc.portal.interfaces.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnToTest {
    @Test
    void pagesAndTheStartPageAreWorthReturningTo() {
        assertThat(ReturnTo.worthReturningTo("/system.xhtml")).contains("/system.xhtml");
        assertThat(ReturnTo.worthReturningTo("")).contains("/");
        assertThat(ReturnTo.worthReturningTo("/")).contains("/");
    }

    @Test
    void resourcesAndOtherPathsAreNot() {
        assertThat(ReturnTo.worthReturningTo("/jakarta.faces.resource/theme.xhtml")).isEmpty();
        assertThat(ReturnTo.worthReturningTo("/WEB-INF/layout.xhtml")).isEmpty();
        assertThat(ReturnTo.worthReturningTo("/favicon.ico")).isEmpty();
        assertThat(ReturnTo.worthReturningTo("/logout")).isEmpty();
    }

    @Test
    void aKeptPathOfThePortalIsUsedWithItsQuery() {
        assertThat(ReturnTo.safe("/portal", "/portal/system.xhtml?id=4")).isEqualTo("/portal/system.xhtml?id=4");
        assertThat(ReturnTo.safe("", "/dossier.xhtml?system=4")).isEqualTo("/dossier.xhtml?system=4");
    }

    @Test
    void anythingElseGoesToTheStartPage() {
        assertThat(ReturnTo.safe("", null)).isEqualTo("/");
        assertThat(ReturnTo.safe("", "//evil.example/x.xhtml")).isEqualTo("/");
        assertThat(ReturnTo.safe("", "https://evil.example/")).isEqualTo("/");
        assertThat(ReturnTo.safe("", "/\\evil.example")).isEqualTo("/");
        assertThat(ReturnTo.safe("/portal", "/other/system.xhtml")).isEqualTo("/portal/");
        assertThat(ReturnTo.safe("", "/system.xhtml\r\nSet-Cookie: x=1")).isEqualTo("/");
    }
}
