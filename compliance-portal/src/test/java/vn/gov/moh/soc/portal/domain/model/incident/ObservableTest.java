package vn.gov.moh.soc.portal.domain.model.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservableTest {
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "IP, 203.0.113.9, 203.0.113.9",
        "IP, 2001:DB8:0:0:0:0:0:1, 2001:db8::1",
        "HASH, D41D8CD98F00B204E9800998ECF8427E, d41d8cd98f00b204e9800998ecf8427e",
        "HASH, da39a3ee5e6b4b0d3255bfef95601890afd80709, da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "DOMAIN, Evil.Example.COM., evil.example.com",
        "DOMAIN, bệnhviện.vn, xn--bnhvin-ik8be.vn",
        "EMAIL, Phishing@Example.com, Phishing@example.com",
        "URL, https://evil.example.com/login?x=1, https://evil.example.com/login?x=1",
        "HOST, HIS-WEB-01, his-web-01",
        "USER, CORP\\nguyen.an, CORP\\nguyen.an",
    })
    void valuesAreKeptInOneNormalForm(ObservableType type, String given, String kept) {
        assertThat(Observable.of(type, given).value()).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "IP, 10.0.0.0/8, network or range",
        "IP, 10.0.0.1-5, network or range",
        "IP, 999.1.1.1, not an IP address",
        "HASH, abc123, 6 characters",
        "HASH, zz1d8cd98f00b204e9800998ecf8427e, others than 0-9",
        "DOMAIN, localhost, at least two labels",
        "DOMAIN, 10.1.2.3, make it an IP observable",
        "DOMAIN, bad_label.example.com, not a domain name",
        "EMAIL, no-at-sign.example.com, not an e-mail address",
        "URL, javascript:alert(1), http(s)://",
        "URL, http://exa mple.com/, not a URL",
        "HOST, his web, host name",
        "USER, -, a letter or digit",
    })
    void invalidValuesAreRefusedNamingTheProblem(ObservableType type, String given, String message) {
        assertThatThrownBy(() -> Observable.of(type, given)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"32, MD5", "40, SHA-1", "64, SHA-256"})
    void theHashAlgorithmFollowsTheLength(int length, String algorithm) {
        assertThat(Observable.of(ObservableType.HASH, "a".repeat(length)).hashAlgorithm()).isEqualTo(algorithm);
    }
}
