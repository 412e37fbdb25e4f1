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
 * A full-application test against an in-memory H2 database in MySQL mode: profile {@code test}, the datasource
 * pointing at {@code jdbc:h2:mem:fanxiao-<unique>} (one database per application context). All classes carrying
 * this annotation (with the same extra properties and mocks) share one application context, hence one database.
 *
 * @see MySqlIntegrationTest the same against MySQL/MariaDB
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
public @interface H2IntegrationTest {

    /** As {@link SpringBootTest#webEnvironment()}. */
    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    /** As {@link SpringBootTest#properties()}: extra {@code key=value} properties for this context. */
    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};
}
