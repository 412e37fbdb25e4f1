package cn.fanxiao.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full-application test against MySQL/MariaDB: profiles {@code test} and {@code mysql}, the datasource pointing
 * at the throwaway database of {@link MySqlTestServer} (an existing server on 127.0.0.1:3306, else an embedded
 * MariaDB). All classes carrying this annotation (with the same extra properties and mocks) share one
 * application context, hence one database: clean up what you create, or use unique data.
 *
 * @see H2IntegrationTest the same against in-memory H2
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles({"test", "mysql"})
@ContextConfiguration(initializers = MySqlDataSourceInitializer.class)
public @interface MySqlIntegrationTest {

    /** As {@link SpringBootTest#webEnvironment()}. */
    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    /** As {@link SpringBootTest#properties()}: extra {@code key=value} properties for this context. */
    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};
}
