package vn.gov.moh.soc.core.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One template as Elasticsearch's REST API takes it: {@code PUT /<apiPath>} with {@link #json()}
 * as the body. Clients of any kind (the low-level REST client, elasticsearch-java's
 * {@code withJson}, plain HTTP) can install it.
 *
 * @param kind component or index template
 * @param name the template name, namespace included
 * @param body the request body
 */
public record TemplateDefinition(Kind kind, String name, ObjectNode body) {

    public enum Kind {
        COMPONENT("_component_template/"),
        INDEX("_index_template/");

        private final String apiPrefix;

        Kind(String apiPrefix) {
            this.apiPrefix = apiPrefix;
        }
    }

    /** The REST path relative to the cluster URL, e.g. {@code _index_template/soc-alerts}. */
    public String apiPath() {
        return kind.apiPrefix + name;
    }

    public String json() {
        return body.toString();
    }
}
