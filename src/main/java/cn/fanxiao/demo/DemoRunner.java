package cn.fanxiao.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo county and its cases when {@code fanxiao.demo.enabled=true} ({@code scripts/run.sh --demo}).
 * Runs before the application reports ready, i.e. before the job executor starts, so it drives timers alone.
 * Loads once: a database that already has the demo county is left as it is.
 */
@Component
@ConditionalOnProperty(name = "fanxiao.demo.enabled", havingValue = "true")
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final DemoCounty county;
    private final DemoCases cases;

    DemoRunner(DemoCounty county, DemoCases cases) {
        this.county = county;
        this.cases = cases;
    }

    @Override
    public void run(ApplicationArguments args) {
        county.install();
        if (!cases.loaded()) {
            cases.load();
        }
        log.info("demo county 示范县 ready: sign in as legal / qingshi / hekou / chengguan / teacher / auditor, "
                + "password {}", DemoCounty.PASSWORD);
    }
}
