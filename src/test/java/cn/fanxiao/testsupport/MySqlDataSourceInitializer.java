package cn.fanxiao.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code spring.datasource.*} at the throwaway database of {@link MySqlTestServer} (starting the server on
 * first use). Used by {@link MySqlIntegrationTest}; usable on its own with
 * {@code @ContextConfiguration(initializers = MySqlDataSourceInitializer.class)}.
 */
public class MySqlDataSourceInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MySqlTestServer server = MySqlTestServer.get();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", server.jdbcUrl());
        properties.put("spring.datasource.username", server.username());
        properties.put("spring.datasource.password", server.password());
        properties.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("fanxiaoMySqlTestDatabase", properties));
        MySqlTestServer.closeAtExitBeforeStopping(context);
    }
}
