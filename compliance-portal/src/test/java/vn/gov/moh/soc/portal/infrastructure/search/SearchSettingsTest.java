package vn.gov.moh.soc.portal.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {
    private final SearchSettings settings = new SearchSettings();

    @Test
    void readsSeveralHostsAndTheNamespace() {
        assertThat(settings.parse("http://es1:9200, https://es2:9243", "it-ns")).isNull();
        assertThat(settings.hosts()).containsExactly(URI.create("http://es1:9200"), URI.create("https://es2:9243"));
        assertThat(settings.namespace().alertsIndex()).isEqualTo("it-ns-soc-alerts");
    }

    @Test
    void noUrlDisablesSearchAndSaysWhichSetting() {
        assertThat(settings.parse(" ", "")).isEqualTo("portal.elasticsearch.url is not set");
    }

    @Test
    void aUrlWithoutSchemeOrPortIsNamed() {
        assertThat(settings.parse("es1:9200", "")).contains("'es1:9200' is not http(s)://host:port");
        assertThat(settings.parse("http://es1", "")).contains("'http://es1' is not http(s)://host:port");
        assertThat(settings.parse("http://es 1:9200", "")).contains("'http://es 1:9200' is not a URL");
    }

    @Test
    void aBadNamespaceIsNamed() {
        assertThat(settings.parse("http://es1:9200", "Bad Name")).startsWith("portal.elasticsearch.namespace: ");
    }
}
