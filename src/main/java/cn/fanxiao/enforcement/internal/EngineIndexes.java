package cn.fanxiao.enforcement.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks but our load needs. Completing a task looks up its subtasks by
 * {@code ACT_RU_TASK.PARENT_TASK_ID_}, which Camunda 7.24 leaves unindexed on MySQL and H2: with ten thousand open
 * cases every completion scanned every open task. Created after the engine has created its tables (Flyway may run
 * before that), and only when missing (MySQL 8 has no CREATE INDEX IF NOT EXISTS).
 */
@Component
class EngineIndexes {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final DataSource dataSource;

    /** @param engine unused: asking for it makes sure the engine (and its schema) exists first */
    EngineIndexes(DataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
    }

    @EventListener(ContextRefreshedEvent.class)
    void ensure() throws SQLException {
        ensure("ACT_RU_TASK", "PARENT_TASK_ID_", "FX_IDX_TASK_PARENT");
    }

    private void ensure(String table, String column, String index) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase() : table;
            boolean found = false;
            try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), c.getSchema(), name, false, false)) {
                while (rs.next()) {
                    found |= column.equalsIgnoreCase(rs.getString("COLUMN_NAME")) && rs.getInt("ORDINAL_POSITION") == 1;
                }
            }
            if (!found) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE INDEX " + index + " ON " + table + " (" + column + ")");
                }
                log.info("created index {} on {}({})", index, table, column);
            }
        }
    }
}
