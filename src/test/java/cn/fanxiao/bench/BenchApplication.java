package cn.fanxiao.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.fanxiao.FanxiaoApplication;
import cn.fanxiao.testsupport.MySqlTestServer;

/**
 * Starts the whole application for a benchmark on H2 (in memory) or on the test MySQL server (a fresh database),
 * with the job executor off so the benchmark alone drives the engine.
 */
record BenchApplication(ConfigurableApplicationContext context, String description) implements AutoCloseable {

    static BenchApplication start(String db, String... extraProperties) {
        List<String> props = new ArrayList<>(List.of("--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        for (String p : extraProperties) {
            props.add("--" + p);
        }
        List<String> profiles = new ArrayList<>(List.of("test"));
        String description = "H2 (file under target/bench-h2, MySQL mode, as the embedded default)";
        if (db.equals("mariadb") || db.equals("mysql")) {
            MySqlTestServer server = MySqlTestServer.get();
            String database = server.createDatabase();
            props.add("--spring.datasource.url=" + server.jdbcUrl(database));
            props.add("--spring.datasource.username=" + server.username());
            props.add("--spring.datasource.password=" + server.password());
            profiles.add("mysql");
            description = server.description();
        } else {
            props.add("--spring.datasource.url=" + h2Url());
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(FanxiaoApplication.class)
                .profiles(profiles.toArray(String[]::new)).run(props.toArray(String[]::new));
        return new BenchApplication(context, description);
    }

    /**
     * A fresh file database, like the embedded default ({@code ./data/fanxiao}): in memory, H2 would hold every
     * archived PDF in the heap and the heap figures would measure the test database, not the application.
     */
    static String h2Url() {
        return "jdbc:h2:file:./target/bench-h2/" + java.util.UUID.randomUUID()
                + ";MODE=MySQL;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY";
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
