package vn.gov.moh.soc.bench.job;

import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.stack.part.ElasticsearchPart;
import vn.gov.moh.soc.stack.part.KafkaPart;

/**
 * Creates the topics of one benchmark run's namespace as the stack creates the production ones
 * (every topic of the architecture, its partitions and configuration), and, given an
 * Elasticsearch URL, installs soc-core's index templates for it.
 * <pre>
 * BenchNamespace BOOTSTRAP NAMESPACE [ELASTICSEARCH_URL]
 * </pre>
 */
public final class BenchNamespace {
    private BenchNamespace() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: BenchNamespace BOOTSTRAP NAMESPACE [ELASTICSEARCH_URL]");
            System.exit(2);
        }
        Namespace ns = Namespace.of(args[1]);
        KafkaPart.createTopics(args[0], ns);
        if (args.length == 3) {
            ElasticsearchPart.installTemplates(args[2], ns);
        }
        System.out.println("namespace " + ns.prefix() + ": topics created" + (args.length == 3 ? ", index templates installed" : ""));
    }
}
