package cn.fanxiao.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The whole application starts on MySQL/MariaDB (the server {@link MySqlTestServer} picked): Flyway migrated,
 * Camunda up, in the throwaway database.
 */
@MySqlIntegrationTest
class MySqlSmokeTest extends ApplicationSmokeChecks {

    @Override
    List<String> expectedCamundaDatabaseTypes() {
        return List.of("mysql", "mariadb");
    }

    @Override
    String expectedUrlPrefix() {
        return "jdbc:mysql://" + MySqlTestServer.get().host() + ":" + MySqlTestServer.get().port() + "/"
                + MySqlTestServer.get().databaseName();
    }

    @Test
    void runsInTheThrowawayDatabaseWithReadCommitted() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT DATABASE(), @@character_set_database, @@collation_database")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(MySqlTestServer.get().databaseName()).startsWith("fanxiao_test_");
                assertThat(rs.getString(2)).isEqualTo("utf8mb4");
                assertThat(rs.getString(3)).isEqualTo(MySqlTestServer.COLLATION);
            }
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }
}
