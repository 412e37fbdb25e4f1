package cn.fanxiao.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.accounts.School;
import cn.fanxiao.cases.NewCase;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.PdfChecks;
import cn.fanxiao.documents.SampleDocuments;
import cn.fanxiao.testsupport.H2IntegrationTest;

/**
 * The right body issues each document (legal-process.md §4.3): the school its dropout report, the county education
 * bureau its rectification notice, the township everything else; each in its own number series, and only the issuing
 * body (or the county bureau) corrects or voids what it issued.
 */
@H2IntegrationTest
@AutoConfigureMockMvc
class DocumentIssuersH2Test {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(73_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    DemoCounty county;
    @Autowired
    CaseService cases;
    @Autowired
    Jurisdictions jurisdictions;
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
    void theSchoolIssuesItsDropoutReportInItsOwnSeriesWithItselfAsIssuer() throws Exception {
        JsonNode report = created(issue(c, DocumentType.DROPOUT_REPORT, "teacher"));

        assertThat(report.get("number").asText()).matches("青石镇中心学校辍报字〔" + year + "〕\\d+号");
        mvc.perform(get("/api/documents/" + report.get("id").asLong()).with(httpBasic("teacher", DemoCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuerName").value("青石镇中心学校"))
                .andExpect(jsonPath("$.issuerCode").value(DemoCounty.QINGSHI_SCHOOL));
        assertThat(PdfChecks.pdftotext(download(report, "teacher")).replaceAll("\\s+", ""))
                .contains(report.get("number").asText());
        // the school's series is its own: the next report takes the next serial of it
        assertThat(serialOf(created(issue(c, DocumentType.DROPOUT_REPORT, "teacher")))).isEqualTo(serialOf(report) + 1);
    }

    @Test
    void theSchoolRegistersTheReturnAsItsTemplateSpeaksAsTheSchool() throws Exception {
        JsonNode registration = created(issue(c, DocumentType.RETURN_REGISTRATION, "teacher"));

        assertThat(registration.get("issuerName").asText()).isEqualTo("青石镇中心学校");
        assertThat(registration.get("number").asText()).startsWith("青石镇中心学校复登字〔" + year + "〕");
        issue(c, DocumentType.RETURN_REGISTRATION, "qingshi").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("《复学登记表》由学校签发"));
    }

    @Test
    void theSchoolRecordsAVisitInItsSeriesAndTheTownshipInItsOwn() throws Exception {
        JsonNode bySchool = created(issue(c, DocumentType.PERSUASION_RECORD, "teacher"));
        JsonNode byTownship = created(issue(c, DocumentType.PERSUASION_RECORD, "qingshi"));

        assertThat(bySchool.get("number").asText()).startsWith("青石镇中心学校劝记字〔" + year + "〕");
        assertThat(bySchool.get("issuerCode").asText()).isEqualTo(DemoCounty.QINGSHI_SCHOOL);
        assertThat(byTownship.get("number").asText()).startsWith("青石劝记字〔" + year + "〕");
        assertThat(byTownship.get("issuerName").asText()).isEqualTo("青石镇人民政府");
    }

    @Test
    void theSchoolIssuesNothingTheTownshipIssuesAndTheTownshipNoSchoolReport() throws Exception {
        issue(c, "ORDER_TO_RETURN", Map.of("persuasionSummary", "学校不能签发"), "teacher")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("《限期复学通知书》由乡镇（街道）人民政府签发"));
        issue(c, DocumentType.DROPOUT_REPORT, "qingshi")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("《学生失学辍学信息报告》由学校签发"));
        // nor does the bureau write the report the school owes it
        issue(c, DocumentType.DROPOUT_REPORT, "legal").andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCountyBureauIssuesARectificationNoticeAndIsItsIssuer() throws Exception {
        issue(c, DocumentType.RECTIFICATION_NOTICE, "qingshi")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("《整改通知书》由县教育局签发"));
        issue(c, DocumentType.RECTIFICATION_NOTICE, "teacher").andExpect(status().isForbidden());
        issue(c, DocumentType.RECTIFICATION_NOTICE, "auditor").andExpect(status().isForbidden());

        JsonNode notice = created(issue(c, DocumentType.RECTIFICATION_NOTICE, "legal"));
        assertThat(notice.get("number").asText()).matches("示范教体督改字〔" + year + "〕\\d+号");
        mvc.perform(get("/api/documents/" + notice.get("id").asLong()).with(httpBasic("qingshi", DemoCounty.PASSWORD)))
                .andExpect(jsonPath("$.issuerName").value("示范县教育体育局"))
                .andExpect(jsonPath("$.issuerCode").value(DemoCounty.COUNTY));
        // the bureau's own contact (the county's settings), not the township's
        assertThat(PdfChecks.pdftotext(download(notice, "legal")).replaceAll("\\s+", ""))
                .contains(notice.get("number").asText(), "王法明", "0870-5550001").doesNotContain("0870-5550101");
    }

    @Test
    void aSchoolWithTheLongestNameAllowedStillNumbersAndArchivesItsReport() {
        String name = "示范县青石镇" + "长".repeat(88) + "中心学校"; // 100 characters, the longest fx_school.name takes
        String code = "L" + SEQUENCE.incrementAndGet();
        jurisdictions.add(new School(code, name, DemoCounty.QINGSHI, DemoCounty.COUNTY));
        NewCase base = DemoChildren.newCase(DemoCounty.QINGSHI, SEQUENCE.incrementAndGet(), LegalTime.today().minusDays(60));
        CaseView there = cases.open(new NewCase(base.child(), base.guardians(), code, base.villageCode(), base.grade(),
                base.className(), base.reasonCategory(), base.reasonDetail(), base.dropoutDate(), base.responsiblePersons()),
                DemoUsers.QINGSHI);
        CurrentUser staff = new CurrentUser("t-long", "长校名学校教师", Role.SCHOOL_STAFF, DemoCounty.COUNTY,
                DemoCounty.QINGSHI, code);

        IssuedDocument report = notices.issue(there.id(), DocumentType.DROPOUT_REPORT,
                SampleDocuments.full(DocumentType.DROPOUT_REPORT).details(), staff);

        assertThat(report.number()).startsWith(name).hasSizeGreaterThan(100);
        assertThat(report.issuerName()).isEqualTo(name);
        assertThat(notices.get(report.id(), staff).number()).isEqualTo(report.number());
    }

    @Test
    void aTeacherOfAnotherSchoolDoesNotFindTheCase() throws Exception {
        CaseView hekou = cases.open(DemoChildren.newCase(DemoCounty.HEKOU, SEQUENCE.incrementAndGet(),
                LegalTime.today().minusDays(60)), DemoUsers.HEKOU);
        issue(hekou, DocumentType.DROPOUT_REPORT, "teacher").andExpect(status().isNotFound());
    }

    @Test
    void onlyTheIssuingBodyOrTheCountyBureauCorrectsOrVoidsADocument() throws Exception {
        JsonNode report = created(issue(c, DocumentType.DROPOUT_REPORT, "teacher"));
        voidDocument(report, "qingshi").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("该文书由青石镇中心学校签发")));
        voidDocument(report, "auditor").andExpect(status().isForbidden());
        // the bureau corrects the school's report: the correction is still the school's, in the school's series
        JsonNode corrected = created(post("/api/documents/" + report.get("id").asLong() + "/corrections", "legal",
                Map.of("reason", "报告时段有误", "details", details(DocumentType.DROPOUT_REPORT))));
        assertThat(corrected.get("issuerCode").asText()).isEqualTo(DemoCounty.QINGSHI_SCHOOL);
        assertThat(corrected.get("number").asText()).startsWith("青石镇中心学校辍报字");
        voidDocument(corrected, "teacher").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VOIDED"));

        JsonNode order = created(issue(c, "ORDER_TO_RETURN", Map.of("persuasionSummary", "三次上门劝返无果"), "qingshi"));
        voidDocument(order, "teacher").andExpect(status().isForbidden());
        voidDocument(order, "legal").andExpect(status().isOk());

        JsonNode notice = created(issue(c, DocumentType.RECTIFICATION_NOTICE, "legal"));
        voidDocument(notice, "qingshi").andExpect(status().isForbidden());
        voidDocument(notice, "legal").andExpect(status().isOk());
    }

    @Test
    void aSchoolsVoidedNumbersAreListedForItAndItsTownshipOnly() throws Exception {
        for (String user : new String[] {"teacher", "qingshi", "legal"}) {
            mvc.perform(get("/api/document-numbers/voided").param("issuer", DemoCounty.QINGSHI_SCHOOL)
                    .param("year", String.valueOf(year)).with(httpBasic(user, DemoCounty.PASSWORD)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/document-numbers/voided").param("issuer", DemoCounty.QINGSHI_SCHOOL)
                .param("year", String.valueOf(year)).with(httpBasic("hekou", DemoCounty.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/document-numbers/voided").param("issuer", DemoCounty.COUNTY)
                .param("year", String.valueOf(year)).with(httpBasic("qingshi", DemoCounty.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    // ---- helpers ----

    /** The sample case's complete details of a type, as a form would send them. */
    private JsonNode details(DocumentType type) {
        return json.valueToTree(SampleDocuments.full(type).details());
    }

    private ResultActions issue(CaseView on, DocumentType type, String user) throws Exception {
        return issue(on, type.name(), details(type), user);
    }

    private ResultActions issue(CaseView on, String type, Object details, String user) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("details", details);
        return post("/api/cases/" + on.id() + "/documents", user, body);
    }

    private ResultActions voidDocument(JsonNode doc, String user) throws Exception {
        return post("/api/documents/" + doc.get("id").asLong() + "/void", user, Map.of("reason", "测试作废"));
    }

    private ResultActions post(String path, String user, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(httpBasic(user, DemoCounty.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private JsonNode created(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private byte[] download(JsonNode doc, String user) throws Exception {
        return mvc.perform(get("/api/documents/" + doc.get("id").asLong() + "/pdf").with(httpBasic(user,
                DemoCounty.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private long serialOf(JsonNode doc) {
        String number = doc.get("number").asText();
        return Long.parseLong(number.substring(number.indexOf('〕') + 1, number.length() - 1));
    }
}
