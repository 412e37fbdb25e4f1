package cn.fanxiao.testsupport;

import java.util.List;

/** The whole application starts on in-memory H2 (MySQL mode): Flyway migrated, Camunda up. */
@H2IntegrationTest
class H2SmokeTest extends ApplicationSmokeChecks {

    @Override
    List<String> expectedCamundaDatabaseTypes() {
        return List.of("h2");
    }

    @Override
    String expectedUrlPrefix() {
        return "jdbc:h2:mem:fanxiao-";
    }
}
