package cn.fanxiao.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each application context its own in-memory H2 database in MySQL mode (a fixed value, so every reader of
 * {@code spring.datasource.url} sees the same one). Used by {@link H2IntegrationTest}.
 */
public class H2DataSourceInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The H2 settings every test database uses; the same as the default in application-test.yml. */
    public static final String H2_OPTIONS = ";MODE=MySQL;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY;DB_CLOSE_DELAY=-1";

    /** A fresh in-memory H2 URL, {@code jdbc:h2:mem:fanxiao-<unique>;MODE=MySQL;...}. */
    public static String newUrl() {
        return "jdbc:h2:mem:fanxiao-" + UUID.randomUUID() + H2_OPTIONS;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", newUrl());
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", "");
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("fanxiaoH2TestDatabase", properties));
    }
}
