package cn.fanxiao.deadlines.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.deadlines.BoardFixture;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.demo.ProcessDriver;
import cn.fanxiao.testsupport.H2IntegrationTest;

/** The deadline board and its CSV export. Other tests share the database: assertions look at this test's cases. */
@H2IntegrationTest
@AutoConfigureMockMvc
class DeadlineBoardApiH2Test {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCounty county;
    @Autowired
    CaseService cases;
    @Autowired
    ProcessDriver driver;

    long dueThursday;
    long overdue;
    long dueNextWeek;
    long hekouCase;

    @BeforeEach
    void cases() {
        county.install();
        BoardFixture.fixToday();
        // served Thursday 10 Sep → due Thursday 17 Sep: 3 calendar days, 3 working days left
        dueThursday = BoardFixture.caseServedOn(cases, driver, DemoUsers.QINGSHI, "张三", "qingshi",
                BoardFixture.TODAY.minusDays(4));
        // served 1 Sep → due 8 Sep: overdue
        overdue = BoardFixture.caseServedOn(cases, driver, DemoUsers.QINGSHI, "李四", null,
                BoardFixture.TODAY.minusDays(13));
        // served today → due 21 Sep
        dueNextWeek = BoardFixture.caseServedOn(cases, driver, DemoUsers.QINGSHI, "王五", "legal",
                BoardFixture.TODAY);
        hekouCase = BoardFixture.caseServedOn(cases, driver, DemoUsers.HEKOU, "赵六", "hekou",
                BoardFixture.TODAY.minusDays(3));
    }

    @AfterEach
    void clock() {
        BoardFixture.resetClock();
    }

    private JsonNode board(String user, String query) throws Exception {
        MvcResult r = mvc.perform(get("/api/deadlines/board?size=500&" + query).with(httpBasic(user, DemoCounty.PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The rows of this test's cases, in board order. */
    private List<JsonNode> mine(JsonNode page) {
        List<Long> ids = List.of(dueThursday, overdue, dueNextWeek, hekouCase);
        List<JsonNode> out = new ArrayList<>();
        page.get("items").forEach(n -> {
            if (ids.contains(n.get("caseId").asLong())) {
                out.add(n);
            }
        });
        return out;
    }

    private static List<Long> caseIds(List<JsonNode> rows) {
        return rows.stream().map(n -> n.get("caseId").asLong()).toList();
    }

    @Test
    void countyStaffSeeEveryTownshipNearestFirst() throws Exception {
        List<JsonNode> rows = mine(board("legal", "kind=RETURN_NOTICE"));
        assertThat(caseIds(rows)).containsExactly(overdue, dueThursday, hekouCase, dueNextWeek);
        JsonNode thursday = rows.get(1);
        assertThat(thursday.get("dueDate").asText()).isEqualTo("2026-09-17");
        assertThat(thursday.get("daysLeft").asInt()).isEqualTo(3);
        assertThat(thursday.get("workingDaysLeft").asInt()).isEqualTo(3);
        assertThat(thursday.get("overdue").asBoolean()).isFalse();
        assertThat(thursday.get("provisional").asBoolean()).isFalse();
        assertThat(thursday.get("childName").asText()).isEqualTo("张三");
        assertThat(thursday.get("caseNumber").asText()).isNotBlank();
        assertThat(thursday.get("stage").asText()).contains("宣传教育");
        assertThat(thursday.get("label").asText()).isEqualTo("入学（复学）通知书期限");
        assertThat(thursday.get("rule").asText()).isNotBlank();
        assertThat(thursday.get("basis").asText()).isNotBlank();
        assertThat(thursday.get("responsiblePersons").toString()).contains("政府线 李青", "教育线 陈老师");
        JsonNode late = rows.get(0);
        assertThat(late.get("overdue").asBoolean()).isTrue();
        assertThat(late.get("daysLeft").asInt()).isEqualTo(-6);
        assertThat(late.get("workingDaysLeft").asInt()).isEqualTo(-4);
        // auditors read county-wide too
        assertThat(caseIds(mine(board("auditor", "kind=RETURN_NOTICE")))).hasSize(4);
    }

    @Test
    void townshipOfficersSeeOnlyTheirTownship() throws Exception {
        assertThat(caseIds(mine(board("hekou", "")))).containsExactly(hekouCase);
        assertThat(caseIds(mine(board("qingshi", "")))).containsExactly(overdue, dueThursday, dueNextWeek);
        board("hekou", "").get("items").forEach(n -> assertThat(n.get("caseId").asLong())
                .isNotIn(dueThursday, overdue, dueNextWeek));
        mvc.perform(get("/api/deadlines/board?township=" + DemoCounty.QINGSHI).with(httpBasic("hekou", DemoCounty.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/deadlines/board").with(httpBasic("teacher", DemoCounty.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void filters() throws Exception {
        assertThat(caseIds(mine(board("legal", "township=" + DemoCounty.HEKOU)))).containsExactly(hekouCase);
        assertThat(caseIds(mine(board("legal", "overdue=true")))).containsExactly(overdue);
        assertThat(caseIds(mine(board("legal", "overdue=false&kind=RETURN_NOTICE"))))
                .containsExactly(dueThursday, hekouCase, dueNextWeek);
        // within 3 working days of Monday 14 Sep: up to Thursday 17 Sep, overdue ones included
        assertThat(caseIds(mine(board("legal", "withinWorkingDays=3")))).containsExactly(overdue, dueThursday);
        assertThat(caseIds(mine(board("legal", "withinWorkingDays=3&overdue=false")))).containsExactly(dueThursday);
        assertThat(caseIds(mine(board("legal", "kind=FINE_PAYMENT")))).isEmpty();
        // responsible: by name or by username
        assertThat(caseIds(mine(board("legal", "responsible=legal")))).containsExactly(dueNextWeek);
        assertThat(caseIds(mine(board("legal", "responsible=陈老师")))).hasSize(4);
        JsonNode page = board("legal", "responsible=hekou");
        assertThat(caseIds(mine(page))).containsExactly(hekouCase);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void pages() throws Exception {
        // other tests share this database: compare each filter's second page with that filter's own full list
        for (String filter : List.of("", "&responsible=李青")) {
            JsonNode all = board("qingshi", filter.isEmpty() ? "" : filter.substring(1));
            MvcResult r = mvc.perform(get("/api/deadlines/board?size=1&page=1" + filter)
                            .with(httpBasic("qingshi", DemoCounty.PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                    .andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.size").value(1)).andReturn();
            JsonNode second = json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(second.get("items").get(0).get("id")).isEqualTo(all.get("items").get(1).get("id"));
            assertThat(second.get("total").asLong()).isEqualTo(all.get("total").asLong());
        }
    }

    @Test
    void csvIsExcelFriendlyAndNeutralisesFormulas() throws Exception {
        String childId = jdbc.queryForObject("SELECT child_id FROM fx_case WHERE id = ?", String.class, dueThursday);
        jdbc.update("UPDATE fx_child SET name = ? WHERE id = ?", "=HYPERLINK(\"http://x\",\"点我\"),\n李", childId);
        String childId2 = jdbc.queryForObject("SELECT child_id FROM fx_case WHERE id = ?", String.class, overdue);
        jdbc.update("UPDATE fx_child SET name = ? WHERE id = ?", "王,\"小\"明", childId2);
        MvcResult r = mvc.perform(get("/api/deadlines/board.csv?township=" + DemoCounty.QINGSHI)
                        .with(httpBasic("legal", DemoCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(new MediaType("text", "csv")))
                .andReturn();
        assertThat(r.getResponse().getContentType()).containsIgnoringCase("charset=UTF-8");
        byte[] body = r.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("案件编号,学生姓名,所处阶段,期限,届满日,剩余天数,剩余工作日,是否逾期,是否暂定,包保责任人,计算规则,依据\r\n");
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\"),\n李\",");
        assertThat(text).contains(",\"王,\"\"小\"\"明\",");
        assertThat(text).doesNotContainPattern("\\d{17}[\\dX]"); // no ID numbers
        assertThat(text).doesNotContainPattern("139\\d{8}"); // no phone numbers
        Integer audited = jdbc.queryForObject(
                "SELECT COUNT(*) FROM fx_audit_event WHERE event_type = 'DEADLINE_BOARD_EXPORTED' AND actor = 'legal'",
                Integer.class);
        assertThat(audited).isPositive();
    }

    @Test
    void namesTheBadParameter() throws Exception {
        bad("kind=SOON", "kind");
        bad("withinWorkingDays=0", "withinWorkingDays");
        bad("withinWorkingDays=366", "withinWorkingDays");
        bad("withinWorkingDays=three", "withinWorkingDays");
        bad("size=501", "size");
        bad("size=0", "size");
        bad("page=-1", "page");
        bad("overdue=maybe", "overdue");
        bad("township=999999999", "township");
        mvc.perform(get("/api/deadlines/board.csv?kind=SOON").with(httpBasic("legal", DemoCounty.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
    }

    private void bad(String query, String field) throws Exception {
        mvc.perform(get("/api/deadlines/board?" + query).with(httpBasic("legal", DemoCounty.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
