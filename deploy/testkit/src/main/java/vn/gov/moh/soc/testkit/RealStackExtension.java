package vn.gov.moh.soc.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.stack.part.ElasticsearchPart;
import vn.gov.moh.soc.stack.part.KafkaPart;

/**
 * The extension behind {@link RealStack}. The servers live in the root context's store, so
 * JUnit closes them once, after the last test class of the JVM; each test class's namespace
 * lives in that class's store and is cleaned after the class.
 */
public final class RealStackExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(RealStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Set<TestStack.Server> servers = serversUsedBy(testClass);
        TestStack stack = stack(context);
        stack.ensure(servers);
        Namespace namespace = Namespace.of(namespaceFor(testClass));
        TestNamespace resources = new TestNamespace(namespace,
                servers.contains(TestStack.Server.KAFKA) ? stack.kafka() : null,
                servers.contains(TestStack.Server.ELASTICSEARCH) ? stack.elasticsearch() : null);
        if (resources.kafka() != null) {
            KafkaPart.createTopics(resources.kafka().bootstrapServers(), namespace);
        }
        if (resources.elasticsearch() != null) {
            ElasticsearchPart.installTemplates(resources.elasticsearch().url(), namespace);
        }
        context.getStore(STORE).put(TestNamespace.class, resources);
        if (servers.contains(TestStack.Server.POSTGRES)) {
            resources.database(stack::postgres);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestNamespace resources = context.getStore(STORE).remove(TestNamespace.class, TestNamespace.class);
        if (resources != null) {
            resources.delete();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == KafkaEndpoint.class || type == KafkaBroker.class || type == ElasticsearchEndpoint.class
                || type == KeycloakEndpoint.class || type == PostgresEndpoint.class || type == Namespace.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        TestStack stack = stack(extension);
        if (type == KafkaEndpoint.class) {
            return stack.kafka();
        }
        if (type == KafkaBroker.class) {
            return stack.kafkaBroker();
        }
        if (type == ElasticsearchEndpoint.class) {
            return stack.elasticsearch();
        }
        if (type == KeycloakEndpoint.class) {
            return stack.keycloak();
        }
        TestNamespace resources = extension.getStore(STORE).get(TestNamespace.class, TestNamespace.class);
        if (resources == null) {
            throw new ParameterResolutionException("the " + type.getSimpleName()
                    + " is made for a test class: annotate the class with @RealStack");
        }
        return type == PostgresEndpoint.class ? resources.database(stack::postgres) : resources.namespace();
    }

    /**
     * The Keycloak of this test JVM, started if needed, for code that needs it before JUnit resolves
     * parameters: e.g. an extension that configures an application server which Arquillian starts
     * before the test class's own {@code @BeforeAll} methods run.
     */
    public static KeycloakEndpoint keycloak(ExtensionContext context) {
        return stack(context).keycloak();
    }

    /**
     * The test class's own PostgreSQL database (the server started and the database created if
     * needed; dropped after the class), for code that needs it before JUnit resolves parameters,
     * like {@link #keycloak(ExtensionContext)}. The class must be annotated with {@link RealStack}.
     */
    public static PostgresEndpoint postgres(ExtensionContext context) {
        return namespaceResources(context).database(stack(context)::postgres);
    }

    /**
     * The Kafka broker and the test class's namespace (its topics created), for code that needs them
     * before JUnit resolves parameters, like {@link #keycloak(ExtensionContext)}. The class must be
     * annotated with {@link RealStack} and name {@link KafkaEndpoint} in a parameter.
     */
    public static KafkaEndpoint kafka(ExtensionContext context) {
        KafkaEndpoint kafka = namespaceResources(context).kafka();
        if (kafka == null) {
            throw new IllegalStateException(context.getRequiredTestClass().getName()
                    + " names no KafkaEndpoint parameter, so no broker was started for it");
        }
        return kafka;
    }

    /**
     * The Elasticsearch node, with the test class's namespace's index templates installed, for the
     * same early code as {@link #kafka(ExtensionContext)} (e.g. a server under test told where to
     * search). The class must name {@link ElasticsearchEndpoint} in a parameter.
     */
    public static ElasticsearchEndpoint elasticsearch(ExtensionContext context) {
        ElasticsearchEndpoint elasticsearch = namespaceResources(context).elasticsearch();
        if (elasticsearch == null) {
            throw new IllegalStateException(context.getRequiredTestClass().getName()
                    + " names no ElasticsearchEndpoint parameter, so no Elasticsearch was started for it");
        }
        return elasticsearch;
    }

    /** The test class's namespace, for the same early code as {@link #kafka(ExtensionContext)}. */
    public static Namespace namespace(ExtensionContext context) {
        return namespaceResources(context).namespace();
    }

    private static TestNamespace namespaceResources(ExtensionContext context) {
        TestNamespace resources = context.getStore(STORE).get(TestNamespace.class, TestNamespace.class);
        if (resources == null) {
            throw new IllegalStateException(context.getRequiredTestClass().getName()
                    + " has no namespace yet: annotate it with @RealStack and register this after it");
        }
        return resources;
    }

    private static TestStack stack(ExtensionContext context) {
        return context.getRoot().getStore(STORE)
                .getOrComputeIfAbsent(TestStack.class, k -> new ClosingStack(TestStack.create()), ClosingStack.class)
                .stack();
    }

    /** Ties the stack's life to the root context: JUnit closes it after the last test. */
    private record ClosingStack(TestStack stack) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.close();
        }
    }

    /** The servers named by parameter types of the class's constructors and methods. */
    static Set<TestStack.Server> serversUsedBy(Class<?> testClass) {
        Set<TestStack.Server> servers = EnumSet.noneOf(TestStack.Server.class);
        List<Executable> executables = new ArrayList<>();
        for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
            executables.addAll(List.<Method>of(c.getDeclaredMethods()));
            executables.addAll(List.<Constructor<?>>of(c.getDeclaredConstructors()));
        }
        for (Executable e : executables) {
            for (Parameter p : e.getParameters()) {
                if (p.getType() == KafkaEndpoint.class || p.getType() == KafkaBroker.class) {
                    servers.add(TestStack.Server.KAFKA);
                } else if (p.getType() == ElasticsearchEndpoint.class) {
                    servers.add(TestStack.Server.ELASTICSEARCH);
                } else if (p.getType() == KeycloakEndpoint.class) {
                    servers.add(TestStack.Server.KEYCLOAK);
                } else if (p.getType() == PostgresEndpoint.class) {
                    servers.add(TestStack.Server.POSTGRES);
                }
            }
        }
        return servers;
    }

    /** A short readable prefix from the class name and a random part: {@code t-kafkaroundtrip-3f9a}. */
    static String namespaceFor(Class<?> testClass) {
        String simple = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (simple.length() > 24) {
            simple = simple.substring(0, 24);
        }
        return "t-" + simple + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }
}
