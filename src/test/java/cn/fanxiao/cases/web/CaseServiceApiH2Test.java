package cn.fanxiao.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.testsupport.H2IntegrationTest;

/** 送达 through the API: each method's rules (legal-process.md §3.2), each broken rule named, nothing half-written. */
@H2IntegrationTest
@AutoConfigureMockMvc
class CaseServiceApiH2Test {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(60_000);

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

    private final LocalDate today = LegalTime.today();
    private final LocalDate issued = today.minusDays(40);
    private long caseId;

    @BeforeEach
    void aQingshiCase() {
        county.install();
        caseId = cases.open(DemoChildren.newCase(DemoCounty.QINGSHI, SEQUENCE.incrementAndGet(), today.minusDays(90)),
                DemoUsers.QINGSHI).id();
    }

    @Test
    void directServiceOnAFamilyMemberNeedsTheRelationshipAndServesOnTheDayOfSigning() throws Exception {
        long id = open("ORDER_TO_RETURN");
        attempt(id, "qingshi", attemptBody("DIRECT", true, issued.plusDays(1), "receivedBy", "李桂芳"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receiverRelation"));

        attempt(id, "qingshi", attemptBody("DIRECT", true, issued.plusDays(1), "receivedBy", "李桂芳",
                "receiverRelation", "祖母（同住）"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SERVED"))
                .andExpect(jsonPath("$.method").value("DIRECT"))
                .andExpect(jsonPath("$.servedOn").value(issued.plusDays(1).toString()))
                .andExpect(jsonPath("$.deemed").value(false))
                .andExpect(jsonPath("$.attempts[0].servers[1]").value("王明"));

        attempt(id, "qingshi", attemptBody("DIRECT", true, issued.plusDays(2), "receivedBy", "李大山"))
                .andExpect(status().isConflict());
        assertThat(audited()).contains("《限期复学通知书》第1次送达（直接送达，" + issued.plusDays(1) + "）：于"
                + issued.plusDays(1) + "送达；送达人李青、王明；证据1项；依据：民事诉讼法第87条、第88条");
    }

    @Test
    void serviceCannotPrecedeIssueNorLieInTheFuture() throws Exception {
        long id = open("RETURN_NOTICE");
        int before = attemptRows();
        attempt(id, "qingshi", attemptBody("DIRECT", true, issued.minusDays(1), "receivedBy", "李大山"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attemptedAt"))
                .andExpect(jsonPath("$.errors[0].message").value("送达时间不能早于文书签发日期（" + issued + "）"));
        attempt(id, "qingshi", attemptBody("DIRECT", true, today.plusDays(1), "receivedBy", "李大山"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("送达时间不能晚于今天"));
        post("/api/cases/" + caseId + "/services", "qingshi", Map.of("document", "RETURN_NOTICE",
                "issuedOn", today.plusDays(3).toString(), "recipient", "李大山", "address", "青石村"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("issuedOn"));
        assertThat(attemptRows()).isEqualTo(before);
    }

    @Test
    void leavingAfterARefusalNeedsTheReasonAndAWitness() throws Exception {
        long id = open("ORDER_TO_RETURN");
        attempt(id, "qingshi", attemptBody("LEFT_AFTER_REFUSAL", true, issued.plusDays(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "refusalReason", "witnessName", "witnessOrganisation")));
        attempt(id, "qingshi", attemptBody("LEFT_AFTER_REFUSAL", false, issued.plusDays(2),
                "failureReason", "拒收")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("served"));

        attempt(id, "qingshi", attemptBody("LEFT_AFTER_REFUSAL", true, issued.plusDays(2),
                "refusalReason", "监护人称孩子不愿上学，拒绝签收", "witnessName", "张村长",
                "witnessOrganisation", "青石村民委员会"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servedOn").value(issued.plusDays(2).toString()));
    }

    @Test
    void postalServiceCountsFromTheReturnSlip() throws Exception {
        long id = open("PRIOR_NOTICE");
        attempt(id, "legal", attemptBody("POST", true, issued.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("returnSlipDate"));
        attempt(id, "legal", attemptBody("POST", true, issued.plusDays(1), "returnSlipDate",
                issued.toString())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("回执收件日期不能早于寄出日期"));

        attempt(id, "legal", attemptBody("POST", true, issued.plusDays(1), "returnSlipDate",
                issued.plusDays(5).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servedOn").value(issued.plusDays(5).toString()));
    }

    @Test
    void electronicServiceNeedsConsentAndForAPenaltyDecisionASignedOne() throws Exception {
        long id = open("PENALTY_DECISION");
        attempt(id, "legal", attemptBody("ELECTRONIC", true, issued.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "consentRef", "consentSigned")));
        attempt(id, "legal", attemptBody("ELECTRONIC", true, issued.plusDays(1), "consentRef", "同意书2026-031",
                "consentSigned", false)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("行政处罚决定书电子送达须当事人签署确认书（行政处罚法第61条）"));

        attempt(id, "legal", attemptBody("ELECTRONIC", true, issued.plusDays(1), "consentRef", "同意书2026-031",
                "consentSigned", true)).andExpect(status().isOk())
                .andExpect(jsonPath("$.servedOn").value(issued.plusDays(1).toString()));
    }

    @Test
    void publicNoticeOnlyAfterALoggedFailureAndServedThirtyDaysLaterWithoutRollingOver() throws Exception {
        long id = open("ORDER_TO_RETURN");
        // a publication day whose 30th day after is a Sunday: deemed service does not roll to Monday
        LocalDate published = issued.plusDays(1);
        while (published.plusDays(30).getDayOfWeek() != DayOfWeek.SUNDAY) {
            published = published.plusDays(1);
        }
        long early = open("RETURN_NOTICE");
        attempt(early, "qingshi", attemptBody("PUBLIC_NOTICE", true, issued.plusDays(1),
                "publishedOn", issued.plusDays(1).toString(), "noticeMedium", "村务公开栏",
                "noticeReason", "监护人外出务工下落不明"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"));

        attempt(id, "qingshi", attemptBody("DIRECT", false, issued)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("failureReason"));
        attempt(id, "qingshi", attemptBody("DIRECT", false, issued, "failureReason", "家中无人，邻居称已去广东务工"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
        attempt(id, "qingshi", attemptBody("PUBLIC_NOTICE", true, issued, "publishedOn", published.toString(),
                "noticeMedium", "村务公开栏及乡政府网站", "noticeReason", "监护人外出务工下落不明，直接送达未果"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SERVED"))
                .andExpect(jsonPath("$.deemed").value(true))
                .andExpect(jsonPath("$.servedOn").value(published.plusDays(30).toString()));
    }

    @Test
    void aDemandLetterIsServedDirectlyUnlessThatFailed() throws Exception {
        long id = open("DEMAND_LETTER");
        attempt(id, "legal", attemptBody("POST", true, issued.plusDays(1), "returnSlipDate",
                issued.plusDays(3).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"));
        attempt(id, "legal", attemptBody("DIRECT", false, issued.plusDays(1), "failureReason", "家中无人"))
                .andExpect(status().isOk());
        attempt(id, "legal", attemptBody("POST", true, issued.plusDays(2), "returnSlipDate",
                issued.plusDays(4).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servedOn").value(issued.plusDays(4).toString()));
    }

    @Test
    void badInputIsNamedAndWritesNothing() throws Exception {
        int services = serviceRows();
        post("/api/cases/" + caseId + "/services", "qingshi", Map.of("document", "ORDER_TO_RETURN",
                "issuedOn", issued.toString(), "recipient", "<b>x</b>", "address", "青石村"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("recipient"));
        post("/api/cases/" + caseId + "/services", "qingshi", Map.of("document", "NO_SUCH_DOCUMENT",
                "issuedOn", issued.toString(), "recipient", "李大山", "address", "青石村"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("document"));
        assertThat(serviceRows()).isEqualTo(services);

        long id = open("ORDER_TO_RETURN");
        post("/api/cases/" + caseId + "/services", "qingshi", Map.of("document", "ORDER_TO_RETURN",
                "issuedOn", issued.toString(), "recipient", "李大山", "address", "青石村"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("document"));

        Map<String, Object> noEvidence = attemptBody("DIRECT", true, issued, "receivedBy", "李大山");
        noEvidence.put("evidenceRefs", List.of());
        noEvidence.put("servers", List.of("李青", "王明1"));
        int attempts = attemptRows();
        attempt(id, "qingshi", noEvidence).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "servers[1]", "evidenceRefs")));
        assertThat(attemptRows()).isEqualTo(attempts);
    }

    @Test
    void onlyStaffOfTheCaseJurisdictionServeAndAuditorsRead() throws Exception {
        long id = open("ORDER_TO_RETURN");
        attempt(id, "hekou", attemptBody("DIRECT", true, issued, "receivedBy", "李大山"))
                .andExpect(status().isNotFound());
        attempt(id, "auditor", attemptBody("DIRECT", true, issued, "receivedBy", "李大山"))
                .andExpect(status().isForbidden());
        attempt(id, "teacher", attemptBody("DIRECT", true, issued, "receivedBy", "李大山"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/" + caseId + "/services").with(httpBasic("auditor", DemoCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].document").value("ORDER_TO_RETURN"))
                .andExpect(jsonPath("$[0].status").value("PENDING"));
        mvc.perform(get("/api/cases/" + caseId + "/services").with(httpBasic("hekou", DemoCounty.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    // ---- helpers ----

    private long open(String document) throws Exception {
        String body = post("/api/cases/" + caseId + "/services", "legal", Map.of("document", document,
                "documentNumber", "青政责改字〔2026〕5号", "issuedOn", issued.toString(), "recipient", "李大山",
                "address", "示范县青石镇青石村3组"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private static Map<String, Object> attemptBody(String method, boolean served, LocalDate on, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("method", method);
        body.put("served", served);
        body.put("attemptedAt", on + "T10:30:00");
        body.put("servers", List.of("李青", "王明"));
        body.put("evidenceRefs", List.of("照片IMG_0301"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private ResultActions attempt(long serviceId, String user, Map<String, Object> body) throws Exception {
        return post("/api/cases/" + caseId + "/services/" + serviceId + "/attempts", user, body);
    }

    private ResultActions post(String path, String user, Object body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(httpBasic(user, DemoCounty.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private List<String> audited() {
        return jdbc.queryForList("SELECT summary FROM fx_audit_event WHERE case_id = ? ORDER BY id", String.class,
                caseId);
    }

    private int serviceRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM fx_service", Integer.class);
    }

    private int attemptRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM fx_service_attempt", Integer.class);
    }
}
