package cn.fanxiao.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What "the application starts" means, checked against whichever database the subclass selects: Flyway applied
 * every migration and our {@code fx_} tables exist, and the Camunda engine is up with its schema in the same
 * database.
 */
abstract class ApplicationSmokeChecks {

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    ProcessEngine processEngine;

    /** The database type Camunda should have detected ("h2", "mysql", "mariadb"). */
    abstract List<String> expectedCamundaDatabaseTypes();

    /** The prefix the datasource's JDBC URL must have. */
    abstract String expectedUrlPrefix();

    @Test
    void usesTheSelectedDatabase() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getURL()).startsWith(expectedUrlPrefix());
        }
    }

    @Test
    void flywayAppliedEveryMigration() throws Exception {
        MigrationInfo[] all = flyway.info().all();
        String states = Arrays.stream(all)
                .map(m -> m.getVersion() + " " + m.getDescription() + ": " + m.getState())
                .collect(Collectors.joining(", "));
        // every migration in db/migration really ran: none failed, none pending, and none skipped because
        // Flyway baselined a schema that Camunda had already filled (state BELOW_BASELINE)
        assertThat(all).as(states).isNotEmpty().allSatisfy(m -> assertThat(m.getState())
                .as(m.getVersion() + " " + m.getDescription())
                .isIn(MigrationState.SUCCESS, MigrationState.BASELINE));
        assertThat(flyway.info().pending()).isEmpty();

        assertThat(tablesStartingWith("fx_")).contains(
                "fx_jurisdiction", "fx_school", "fx_user",       // V1_0 accounts
                "fx_child", "fx_case",                           // V1_1 cases
                "fx_deadline",                                   // V1_2 deadlines
                "fx_audit_event");                               // V1_3 audit
    }

    @Test
    void camundaEngineIsUp() throws Exception {
        assertThat(processEngine.getName()).isNotBlank();
        assertThat(processEngine.getManagementService().getTableCount().keySet())
                .map(name -> name.toUpperCase(Locale.ROOT))
                .contains("ACT_RU_EXECUTION", "ACT_RE_PROCDEF", "ACT_HI_PROCINST", "ACT_ID_USER");
        assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().count()).isNotNegative();
        // the admin user from camunda.bpm.admin-user exists, so the engine wrote to its tables
        assertThat(processEngine.getIdentityService().createUserQuery().userId("admin").count()).isEqualTo(1);

        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getDatabaseType()).isIn(expectedCamundaDatabaseTypes());
        assertThat(configuration.isJobExecutorActivate()).as("job executor off in tests").isFalse();
        assertThat(tablesStartingWith("act_")).contains("act_ru_execution", "act_ge_property");
    }

    List<String> tablesStartingWith(String prefix) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (name.startsWith(prefix)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
