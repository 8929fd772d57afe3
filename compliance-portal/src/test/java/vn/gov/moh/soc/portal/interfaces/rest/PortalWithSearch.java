package vn.gov.moh.soc.portal.interfaces.rest;

import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.gov.moh.soc.testkit.RealStackExtension;

/**
 * {@link PortalOnPayara} with the test kit's Elasticsearch and the test class's namespace, for the
 * SOC console's tests; the class must name {@code ElasticsearchEndpoint} in a parameter.
 */
public class PortalWithSearch extends PortalOnPayara {
    @Override
    protected List<String> serverOptions(ExtensionContext context) {
        return List.of("-Dportal.elasticsearch.url=" + RealStackExtension.elasticsearch(context).url(),
                "-Dportal.elasticsearch.namespace=" + RealStackExtension.namespace(context).prefix());
    }
}
