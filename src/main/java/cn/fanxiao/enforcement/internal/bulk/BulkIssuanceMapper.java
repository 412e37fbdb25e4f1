package cn.fanxiao.enforcement.internal.bulk;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BulkIssuanceMapper {

    /** A row of {@code fx_bulk_issuance}. */
    class Row {
        public Long id;
        public String townshipCode;
        public String countyCode;
        public String taskKey;
        public String docType;
        public String requestedBy;
        public Instant requestedAt;
        public String status;
        public int total;
        public int issued;
        public int failed;
        public Instant finishedAt;
    }

    record ItemRow(long caseId, String taskId, String outcome, String documentNumber, String message) {
    }

    void insert(Row row);

    int running(@Param("township") String townshipCode, @Param("taskKey") String taskKey);

    void insertItem(@Param("bulkId") long bulkId, @Param("caseId") long caseId, @Param("taskId") String taskId);

    Row find(@Param("id") long id);

    List<ItemRow> items(@Param("bulkId") long bulkId);

    void recordOutcome(@Param("bulkId") long bulkId, @Param("caseId") long caseId, @Param("outcome") String outcome,
                       @Param("documentNumber") String documentNumber, @Param("message") String message);

    void count(@Param("bulkId") long bulkId, @Param("outcome") String outcome);

    int interruptRunning(@Param("at") Instant at);

    void finish(@Param("id") long id, @Param("at") Instant at);
}
