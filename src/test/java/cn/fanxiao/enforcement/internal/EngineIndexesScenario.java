package cn.fanxiao.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class EngineIndexesScenario {

    @Autowired
    DataSource dataSource;
    @Autowired
    EngineIndexes indexes;

    @Test
    void theSubtaskLookupOfEveryCompletionIsIndexed() throws Exception {
        assertThat(indexedColumns()).contains("PARENT_TASK_ID_");
        indexes.ensure(); // a second start leaves it as it is
        assertThat(indexedColumns()).contains("PARENT_TASK_ID_");
    }

    private java.util.List<String> indexedColumns() throws Exception {
        java.util.List<String> columns = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            String table = c.getMetaData().storesLowerCaseIdentifiers() ? "act_ru_task" : "ACT_RU_TASK";
            try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME") != null) {
                        columns.add(rs.getString("COLUMN_NAME").toUpperCase());
                    }
                }
            }
        }
        return columns;
    }
}
