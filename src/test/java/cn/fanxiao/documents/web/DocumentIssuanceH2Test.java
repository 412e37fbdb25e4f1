package cn.fanxiao.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.documents.PdfChecks;
import cn.fanxiao.testsupport.H2IntegrationTest;

/** 签发 through the API: numbered, rendered, archived with its hash, verifiable, corrected or voided, served. */
@H2IntegrationTest
@AutoConfigureMockMvc
class DocumentIssuanceH2Test {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(70_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DemoCounty county;
    @Autowired
    CaseService cases;
    @Autowired
    Notices notices;

    private final int year = LegalTime.today().getYear();
    private CaseView c;

    @BeforeEach
    void aQingshiCase() {
        county.install();
        c = cases.open(DemoChildren.newCase(DemoCounty.QINGSHI, SEQUENCE.incrementAndGet(),
                LegalTime.today().minusDays(60)), DemoUsers.QINGSHI);
    }

    @Test
    void anOrderIsNumberedRenderedArchivedAndDownloadedByteForByte() throws Exception {
        JsonNode doc = issueOrder("经镇村两级干部三次上门劝返，监护人仍未送其返校。", 201);

        String number = doc.get("number").asText();
        assertThat(number).matches("青石政责改字〔" + year + "〕\\d+号");
        assertThat(doc.get("status").asText()).isEqualTo("ISSUED");
        assertThat(doc.get("issuerName").asText()).isEqualTo("青石镇人民政府");
        byte[] pdf = download(doc.get("id").asLong(), "qingshi");
        assertThat(sha256(pdf)).isEqualTo(doc.get("sha256").asText());
        String text = PdfChecks.pdftotext(pdf).replaceAll("\\s+", "");
        CaseView whole = cases.getForProcess(c.id());
        assertThat(text).contains(whole.child().name(), whole.guardians().get(0).name(), number,
                whole.child().residentIdNumber(), "第五十八条", "示范县人民政府", "示范县人民法院",
                "验证码" + doc.get("verificationCode").asText());
        assertThat(jdbc.queryForList("SELECT summary FROM fx_audit_event WHERE case_id = ? AND event_type = ?",
                String.class, c.id(), "DOCUMENT_ISSUED")).singleElement().asString().contains(number);
        // the archive hands out the same bytes every time: re-rendering never changes an issued document
        assertThat(download(doc.get("id").asLong(), "auditor")).isEqualTo(pdf);
    }

    @Test
    void markupAndTemplateSyntaxInTheDetailsPrintLiterally() throws Exception {
        JsonNode doc = issueOrder("监护人称<b>x</b>，并写下${7*7}。", 201);
        String text = PdfChecks.pdftotext(download(doc.get("id").asLong(), "qingshi"));
        assertThat(text).contains("<b>x</b>").contains("${7*7}").doesNotContain("写下49");
    }

    @Test
    void aDocumentMissingMandatoryContentNamesEveryFieldAndBurnsNoNumber() throws Exception {
        JsonNode first = issueOrder("第一次", 201);
        issue("ORDER_TO_RETURN", Map.of("school", "青石镇中心学校"), "qingshi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("details.persuasionSummary")));
        issue("NO_SUCH_TYPE", Map.of(), "qingshi").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"));
        issue("ORDER_TO_RETURN", Map.of("persuasionSummary", "x", "returnBy", "2026/10/08"), "qingshi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("details.returnBy"));
        voidDocument(first);
        assertThat(serialOf(issueOrder("第二次", 201))).isEqualTo(serialOf(first) + 1);
    }

    @Test
    void aSecondOrderWhileOneIsInForceIsRefusedAndTakesNoNumber() throws Exception {
        JsonNode first = issueOrder("第一份", 201);
        issue("ORDER_TO_RETURN", Map.of("persuasionSummary", "重复点击"), "qingshi")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("type"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(first.get("number").asText())));
        assertThat(notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN)).get()
                .extracting(IssuedDocument::id).isEqualTo(first.get("id").asLong());
        voidDocument(first);
        assertThat(notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN)).isEmpty();
        assertThat(serialOf(issueOrder("作废后重新签发", 201))).isEqualTo(serialOf(first) + 1);
    }

    @Test
    void aNumberWhoseIssuanceRolledBackIsLoggedAsVoidedAndNeverReused() throws Exception {
        JsonNode before = issueOrder("之前", 201);
        voidDocument(before);
        IssuedDocument rolledBack = new TransactionTemplate(transactions).execute(status -> {
            IssuedDocument made = notices.issue(c.id(), DocumentType.ORDER_TO_RETURN,
                    new DocumentDetails.OrderToReturn("回滚", null, null, null, null, null), DemoUsers.QINGSHI);
            status.setRollbackOnly(); // as when the 审核并签发 task's completion fails after the document was made
            return made;
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fx_document WHERE doc_number = ?", Integer.class,
                rolledBack.number())).isZero();
        JsonNode after = issueOrder("之后", 201);
        assertThat(serialOf(after)).isEqualTo(serialOf(before) + 2);

        mvc.perform(get("/api/document-numbers/voided").param("issuer", DemoCounty.QINGSHI)
                        .param("year", String.valueOf(year)).with(httpBasic("auditor", DemoCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.number == '" + rolledBack.number() + "')].reason")
                        .value(org.hamcrest.Matchers.contains("签发所在事务未提交（已回滚）")))
                .andExpect(jsonPath("$[?(@.number == '" + rolledBack.number() + "')].caseId")
                        .value(org.hamcrest.Matchers.contains((int) c.id())));
        mvc.perform(get("/api/document-numbers/voided").param("issuer", DemoCounty.QINGSHI)
                        .param("year", String.valueOf(year)).with(httpBasic("hekou", DemoCounty.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fx_audit_event WHERE event_type = 'DOCUMENT_NUMBER_VOIDED'"
                + " AND summary LIKE ?", Integer.class, "%" + rolledBack.number() + "%")).isEqualTo(1);
    }

    @Test
    void aVoidedNumberIsNeverReusedAndACorrectionSupersedesTheOriginal() throws Exception {
        JsonNode original = issueOrder("原文", 201);
        long id = original.get("id").asLong();
        post("/api/documents/" + id + "/corrections", "qingshi", Map.of("reason", "复学学校名称有误",
                "details", Map.of("persuasionSummary", "更正后的文本", "school", "青石镇中心学校")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.supersedesId").value(id));
        mvc.perform(get("/api/documents/" + id).with(httpBasic("auditor", DemoCounty.PASSWORD)))
                .andExpect(jsonPath("$.status").value("SUPERSEDED"));
        post("/api/documents/" + id + "/void", "qingshi", Map.of("reason", "x")).andExpect(status().isConflict());

        JsonNode voidMe = json.readTree(mvc.perform(get("/api/documents/" + id).with(httpBasic("qingshi",
                DemoCounty.PASSWORD))).andReturn().getResponse().getContentAsString()).get("supersededById");
        voidMe = json.readTree(mvc.perform(get("/api/documents/" + voidMe.asLong()).with(httpBasic("qingshi",
                DemoCounty.PASSWORD))).andReturn().getResponse().getContentAsString());
        post("/api/documents/" + voidMe.get("id").asLong() + "/void", "qingshi", Map.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        post("/api/documents/" + voidMe.get("id").asLong() + "/void", "qingshi", Map.of("reason", "误签发"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VOIDED"));
        assertThat(serialOf(issueOrder("之后", 201))).isEqualTo(serialOf(voidMe) + 1);
        mvc.perform(get("/verify/" + voidMe.get("verificationCode").asText()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VOIDED"));
    }

    @Test
    void anyoneCanVerifyACodeAndLearnsNothingPersonal() throws Exception {
        JsonNode doc = issueOrder("核验", 201);
        String body = mvc.perform(get("/verify/" + doc.get("verificationCode").asText()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(doc.get("number").asText()))
                .andExpect(jsonPath("$.title").value("限期复学通知书"))
                .andExpect(jsonPath("$.issuerName").value("青石镇人民政府"))
                .andExpect(jsonPath("$.sha256").value(doc.get("sha256").asText()))
                .andExpect(jsonPath("$.intact").value(true))
                .andReturn().getResponse().getContentAsString();
        CaseView whole = cases.getForProcess(c.id());
        assertThat(body).doesNotContain(whole.child().name(), whole.guardians().get(0).name(), c.caseNumber());
        mvc.perform(get("/verify/ZZZZZZZZZZ")).andExpect(status().isNotFound());
    }

    @Test
    void onlyStaffOfTheJurisdictionIssueAndEveryoneElseIsTurnedAway() throws Exception {
        JsonNode doc = issueOrder("权限", 201);
        issue("ORDER_TO_RETURN", Map.of("persuasionSummary", "x"), "hekou").andExpect(status().isNotFound());
        issue("ORDER_TO_RETURN", Map.of("persuasionSummary", "x"), "auditor").andExpect(status().isForbidden());
        issue("ORDER_TO_RETURN", Map.of("persuasionSummary", "x"), "teacher").andExpect(status().isForbidden());
        mvc.perform(get("/api/documents/" + doc.get("id").asLong() + "/pdf").with(httpBasic("hekou", DemoCounty.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anIssuedOrderIsServedOnRecordAndItsProofOfServiceIsIssuedFromTheRecord() throws Exception {
        JsonNode order = issueOrder("送达", 201);
        JsonNode service = json.readTree(post("/api/documents/" + order.get("id").asLong() + "/services", "qingshi",
                Map.of("recipient", "李大山", "address", "示范县青石镇青石村3组"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(service.get("documentNumber").asText()).isEqualTo(order.get("number").asText());
        assertThat(service.get("documentId").asLong()).isEqualTo(order.get("id").asLong());
        long serviceId = service.get("id").asLong();
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("method", "LEFT_AFTER_REFUSAL");
        attempt.put("served", true);
        attempt.put("attemptedAt", LegalTime.today() + "T10:00:00");
        attempt.put("refusalReason", "监护人拒绝签收");
        attempt.put("witnessName", "张村长");
        attempt.put("witnessOrganisation", "青石村民委员会");
        attempt.put("servers", List.of("李青", "王明"));
        attempt.put("evidenceRefs", List.of("录像VID_0042"));
        post("/api/cases/" + c.id() + "/services/" + serviceId + "/attempts", "qingshi", attempt)
                .andExpect(status().isOk());

        JsonNode proof = json.readTree(post("/api/cases/" + c.id() + "/services/" + serviceId + "/proof", "qingshi",
                Map.of()).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(proof.get("number").asText()).matches("青石送回字〔" + year + "〕\\d+号");
        String text = PdfChecks.pdftotext(download(proof.get("id").asLong(), "qingshi")).replaceAll("\\s+", "");
        assertThat(text).contains(order.get("number").asText(), "留置送达", "张村长", "青石村民委员会", "录像VID_0042");
    }

    @Test
    void concurrentIssuancesGetConsecutiveDistinctNumbers() throws Exception {
        List<CaseView> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            others.add(cases.open(DemoChildren.newCase(DemoCounty.QINGSHI, SEQUENCE.incrementAndGet(),
                    LegalTime.today().minusDays(60)), DemoUsers.QINGSHI));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<IssuedDocument>> futures = new ArrayList<>();
            for (CaseView other : others) {
                futures.add(pool.submit(() -> notices.issue(other.id(), DocumentType.ORDER_TO_RETURN,
                        new DocumentDetails.OrderToReturn("并发", null, null, null, null, null), DemoUsers.QINGSHI)));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<IssuedDocument> f : futures) {
                numbers.add(f.get().number());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(4);
        } finally {
            pool.shutdown();
        }
    }

    // ---- helpers ----

    private JsonNode issueOrder(String summary, int expected) throws Exception {
        String body = issue("ORDER_TO_RETURN", Map.of("persuasionSummary", summary), "qingshi")
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private ResultActions issue(String type, Map<String, Object> details, String user) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("details", details);
        return post("/api/cases/" + c.id() + "/documents", user, body);
    }

    private ResultActions post(String path, String user, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(httpBasic(user, DemoCounty.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private byte[] download(long id, String user) throws Exception {
        return mvc.perform(get("/api/documents/" + id + "/pdf").with(httpBasic(user, DemoCounty.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private void voidDocument(JsonNode doc) throws Exception {
        post("/api/documents/" + doc.get("id").asLong() + "/void", "qingshi", Map.of("reason", "测试作废"))
                .andExpect(status().isOk());
    }

    private long serialOf(JsonNode doc) {
        return jdbc.queryForObject("SELECT serial FROM fx_document WHERE id = ?", Long.class, doc.get("id").asLong());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
