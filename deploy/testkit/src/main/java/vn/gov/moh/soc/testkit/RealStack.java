package vn.gov.moh.soc.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class the real servers it asks for as parameters of its test and lifecycle
 * methods: {@link KafkaEndpoint}, {@link ElasticsearchEndpoint}, {@link KeycloakEndpoint},
 * {@link PostgresEndpoint} (the class's own database on the kit's PostgreSQL), and the class's own
 * {@link vn.gov.moh.soc.core.naming.Namespace}. Only the servers named by some
 * parameter type of the class are started; they start together before the first test.
 *
 * <p>Set the system property {@code soc.testkit.reuse} (or the environment variable
 * {@code SOC_TESTKIT_REUSE}) to the state folder of a running {@code ./soc up} stack, e.g.
 * {@code .soc}, to run against it instead of starting servers.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealStackExtension.class)
public @interface RealStack {
}
