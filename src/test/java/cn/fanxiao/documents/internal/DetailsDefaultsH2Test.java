package cn.fanxiao.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.VisitData;
import cn.fanxiao.cases.VisitMethod;
import cn.fanxiao.cases.VisitOutcome;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.deadlines.NewServiceAttempt;
import cn.fanxiao.deadlines.PeriodUnit;
import cn.fanxiao.deadlines.ServiceMethod;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentModel.DocumentRef;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.documents.internal.template.TemplateRenderer;
import cn.fanxiao.testsupport.H2IntegrationTest;

/**
 * The five process notices filled from what the case already proves: each step cites the earlier document in force
 * with the date it was served, the issuer's contact and address, the jurisdiction's periods and payment method.
 * Whatever the officer gives wins; the facts, evidence and amounts of a penalty stay theirs.
 */
@H2IntegrationTest
class DetailsDefaultsH2Test {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(72_000);
    private static final String QINGSHI_SCHOOL = "青石镇中心学校";
    private static final List<String> EVIDENCE = List.of("劝返记录3份", "送达回证2份");

    @Autowired
    DemoCounty county;
    @Autowired
    CaseService cases;
    @Autowired
    Notices notices;
    @Autowired
    ServingDocuments serving;
    @Autowired
    ServiceRecords services;
    @Autowired
    DetailsDefaults defaults;
    @Autowired
    CaseDocumentModels models;
    @Autowired
    IssuingBodies bodies;
    @Autowired
    TemplateRenderer templates;
    @Autowired
    DeadlineCalculator calculator;

    private final LocalDate today = LegalTime.today();
    private CaseView c;

    @BeforeEach
    void aQingshiCase() {
        county.install();
        c = open(DemoCounty.QINGSHI);
    }

    @Test
    void aReturnNoticeTakesTheIssuersContactAndTheSchool() {
        var r = (DocumentDetails.ReturnNotice) complete(new DocumentDetails.ReturnNotice(null, null, null, null, " ", null));

        assertThat(r.contactPerson()).isEqualTo("李青");
        assertThat(r.contactPhone()).isEqualTo("0870-5550101");
        assertThat(r.school()).isEqualTo(QINGSHI_SCHOOL);
        assertThat(r.reportBy()).isEqualTo(calculator.compute(today, 7, PeriodUnit.CALENDAR_DAYS, DemoCounty.QINGSHI).due());
    }

    @Test
    void anOrderCitesTheServedReturnNoticeAndSummarisesThePersuasionOnFile() {
        IssuedDocument notice = issue(DocumentType.RETURN_NOTICE, new DocumentDetails.ReturnNotice(null, null, null, null, null, null));
        serve(notice);
        visit(VisitMethod.IN_PERSON);
        visit(VisitMethod.IN_PERSON);

        var o = (DocumentDetails.OrderToReturn) complete(new DocumentDetails.OrderToReturn(null, null, null, null, null, null));

        assertThat(o.returnNotice()).isEqualTo(new DocumentRef("入学（复学）通知书", notice.number(), today, today));
        assertThat(o.persuasionSummary()).isEqualTo("此后，经2次入户劝返，并于" + cn(today) + "向你们送达《入学（复学）通知书》（"
                + notice.number() + "），" + c.child().name() + "至今仍未返校复学。");
        // and the order printed from these details says so
        assertThat(xhtml(DocumentType.ORDER_TO_RETURN, o)).contains(notice.number(), "于" + cn(today) + "向你们送达", "经2次入户劝返");
    }

    @Test
    void anOrderNeedsOnlyTheOfficersMinimumOnceTheFileShowsPersuasion() {
        visit(VisitMethod.PHONE);

        IssuedDocument order = issue(DocumentType.ORDER_TO_RETURN, new DocumentDetails.OrderToReturn(null, null, null, null, null, null));

        assertThat(order.number()).startsWith("青石政责改字");
    }

    @Test
    void aReturnNoticeNotYetServedIsCitedButNotSaidToBeServed() {
        IssuedDocument notice = issue(DocumentType.RETURN_NOTICE, new DocumentDetails.ReturnNotice(null, null, null, null, null, null));
        visit(VisitMethod.VIDEO);

        var o = (DocumentDetails.OrderToReturn) complete(new DocumentDetails.OrderToReturn(null, null, null, null, null, null));

        assertThat(o.returnNotice()).isEqualTo(new DocumentRef("入学（复学）通知书", notice.number(), today, null));
        assertThat(o.persuasionSummary()).isEqualTo("此后，经1次视频劝返，" + c.child().name() + "至今仍未返校复学。");
    }

    @Test
    void aFileThatShowsNoPersuasionLeavesTheSummaryToTheOfficer() {
        var o = (DocumentDetails.OrderToReturn) complete(new DocumentDetails.OrderToReturn(null, null, null, null, null, null));

        assertThat(o.persuasionSummary()).isNull();
        assertThat(o.returnNotice()).isNull();
    }

    @Test
    void eachPenaltyStepCitesTheServedStepBeforeItAndTheOfficerTypesOnlyFactsEvidenceAndAmounts() {
        IssuedDocument order = issue(DocumentType.ORDER_TO_RETURN,
                new DocumentDetails.OrderToReturn("此后，经3次入户劝返。", null, null, null, null, null));
        serve(order);

        var p = (DocumentDetails.PriorNotice) complete(new DocumentDetails.PriorNotice(null, "逾期未送子女复学。", EVIDENCE,
                null, null, new BigDecimal("500"), null, null, null, null));
        assertThat(p.order()).isEqualTo(new DocumentRef("限期复学通知书", order.number(), today, today));
        assertThat(p.provisionsViolated()).isEqualTo("《中华人民共和国义务教育法》第五条第二款");
        assertThat(p.penaltyBasis()).isEqualTo("（演示数据，非真实法规）示范省义务教育条例第四十条");
        assertThat(p.school()).isEqualTo(QINGSHI_SCHOOL);
        assertThat(p.statementWorkingDays()).isEqualTo(5);
        assertThat(p.hearingWorkingDays()).as("no hearing right announced unless the officer says so").isNull();
        assertThat(p.submitTo()).isEqualTo("青石镇人民政府（示范县青石镇青石街1号）");
        assertThat(xhtml(DocumentType.PRIOR_NOTICE, p)).contains(order.number(), "本机关于" + cn(today) + "向你们送达");
        IssuedDocument prior = issue(DocumentType.PRIOR_NOTICE, p);
        serve(prior);

        var d = (DocumentDetails.PenaltyDecision) complete(new DocumentDetails.PenaltyDecision("逾期未送子女复学。",
                EVIDENCE, null, "当事人在规定期限内未提出陈述、申辩。", null, null, new BigDecimal("500"), null, null, null,
                null));
        assertThat(d.priorNotice()).isEqualTo(new DocumentRef("行政处罚事先告知书", prior.number(), today, today));
        assertThat(d.provisionsViolated()).isEqualTo(p.provisionsViolated());
        assertThat(d.penaltyBasis()).isEqualTo(p.penaltyBasis());
        assertThat(d.school()).isEqualTo(QINGSHI_SCHOOL);
        assertThat(d.returnBy()).isEqualTo(calculator.compute(today, 15, PeriodUnit.CALENDAR_DAYS, DemoCounty.QINGSHI).due());
        assertThat(d.payment().method()).startsWith("持本决定书到示范县农村信用合作联社青石分社缴纳");
        assertThat(d.payment().withinDays()).isEqualTo(15);
        assertThat(d.remedies()).isEqualTo(new DocumentDetails.Remedies(60, 6));
        IssuedDocument decision = issue(DocumentType.PENALTY_DECISION, d);
        serve(decision);

        var l = (DocumentDetails.DemandLetter) complete(new DocumentDetails.DemandLetter(null,
                List.of("将" + c.child().name() + "送到青石镇中心学校复学"), null, new BigDecimal("500"), null, null, null));
        assertThat(l.decision()).isEqualTo(new DocumentRef("行政处罚决定书", decision.number(), today, today));
        assertThat(l.performBy()).isEqualTo(calculator.compute(today, 10, PeriodUnit.WORKING_DAYS, DemoCounty.QINGSHI).due());
        assertThat(l.applyAfterWorkingDays()).isEqualTo(10);
        assertThat(l.payment().method()).isEqualTo(d.payment().method());
        assertThat(l.payment().withinDays()).as("the 15 days are the decision's, not the letter's").isNull();
        assertThat(xhtml(DocumentType.DEMAND_LETTER, l)).contains(decision.number(), "已于" + cn(today) + "送达");
        assertThat(issue(DocumentType.DEMAND_LETTER, l).number()).startsWith("青石政催字");
    }

    @Test
    void whatTheOfficerGivesWinsOverEveryDefault() {
        IssuedDocument order = issue(DocumentType.ORDER_TO_RETURN,
                new DocumentDetails.OrderToReturn("此后，经3次入户劝返。", null, null, null, null, null));
        serve(order);
        DocumentRef typed = new DocumentRef("责令限期改正通知书", "青石政责改字〔2025〕9号", LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 10, 2));
        DocumentDetails.Payment payment = new DocumentDetails.Payment("现场缴纳", "青石镇财政所", "青石信用社", "123", 30);

        var notice = new DocumentDetails.ReturnNotice("河口乡九年一贯制学校", "河口街2号", today.plusDays(3), "王老师",
                "13900000000", "青石镇中心学校");
        var ord = new DocumentDetails.OrderToReturn("监护人已多次表示同意但未履行。", typed, "示范县第一中学",
                today.plusDays(30), "某条例第九条", new DocumentDetails.Remedies(60, 6));
        var prior = new DocumentDetails.PriorNotice(typed, "事实", EVIDENCE, "某法第一条", "某条例第九条",
                BigDecimal.TEN, "示范县第一中学", 3, 5, "青石镇司法所");
        var decision = new DocumentDetails.PenaltyDecision("事实", EVIDENCE, typed, "已复核", "某法第一条", "某条例第九条",
                BigDecimal.TEN, "示范县第一中学", today.plusDays(20), payment, new DocumentDetails.Remedies(60, 6));
        var letter = new DocumentDetails.DemandLetter(typed, List.of("复学"), today.plusDays(12), BigDecimal.TEN,
                BigDecimal.ONE, payment, 10);

        for (DocumentDetails given : List.of(notice, ord, prior, decision, letter)) {
            assertThat(complete(given)).isEqualTo(given);
        }
    }

    @Test
    void aPartlyGivenPaymentKeepsTheOfficersPartsAndGetsTheRest() {
        var d = (DocumentDetails.PenaltyDecision) complete(new DocumentDetails.PenaltyDecision("事实", EVIDENCE, null,
                null, null, null, BigDecimal.TEN, null, null,
                new DocumentDetails.Payment(null, "青石镇财政所", null, "6230-0001", null), null));

        assertThat(d.payment().payee()).isEqualTo("青石镇财政所");
        assertThat(d.payment().account()).isEqualTo("6230-0001");
        assertThat(d.payment().method()).startsWith("持本决定书到");
        assertThat(d.payment().withinDays()).isEqualTo(15);
    }

    @Test
    void whereTheJurisdictionMayNotFineNoPenaltyBasisOrPaymentIsMadeUp() {
        c = open(DemoCounty.HEKOU);

        var p = (DocumentDetails.PriorNotice) complete(new DocumentDetails.PriorNotice(null, "事实", EVIDENCE, null, null,
                BigDecimal.TEN, null, null, null, null));
        var d = (DocumentDetails.PenaltyDecision) complete(new DocumentDetails.PenaltyDecision("事实", EVIDENCE, null,
                null, null, null, BigDecimal.TEN, null, null, null, null));

        assertThat(p.penaltyBasis()).isNull();
        assertThat(p.order()).isNull();
        assertThat(p.submitTo()).isEqualTo("河口乡人民政府（示范县河口乡河口街8号）");
        assertThat(d.payment()).isNull();
        assertThat(d.penaltyBasis()).isNull();
    }

    // ---- helpers ----

    private CaseView open(String township) {
        return cases.open(DemoChildren.newCase(township, SEQUENCE.incrementAndGet(), today.minusDays(60)),
                DemoUsers.officerOf(township));
    }

    private CurrentUser officer() {
        return DemoUsers.officerOf(c.townshipCode());
    }

    private DocumentDetails complete(DocumentDetails given) {
        CaseView whole = cases.getForProcess(c.id());
        return defaults.complete(given, whole, models.schoolName(whole), today);
    }

    private String xhtml(DocumentType type, DocumentDetails details) {
        CaseView whole = cases.getForProcess(c.id());
        DocumentModel model = models.model(whole, bodies.township(whole), today, details);
        return templates.render(type, model.withNumber("（测试）"));
    }

    private IssuedDocument issue(DocumentType type, DocumentDetails details) {
        return notices.issue(c.id(), type, details, officer());
    }

    private ServiceRecord serve(IssuedDocument doc) {
        String guardian = cases.getForProcess(c.id()).guardians().get(0).name();
        ServiceRecord record = serving.serve(doc.id(), guardian, "示范县青石镇青石村3组", officer());
        return services.recordAttempt(c.id(), record.id(), new NewServiceAttempt(ServiceMethod.DIRECT, true,
                today.atTime(0, 1), guardian, null, null, null, null, null, null, null, null, null, null, null,
                List.of("李青", "王明"), List.of("照片IMG_0001"), null), c.townshipCode(), officer().username());
    }

    private void visit(VisitMethod method) {
        cases.recordVisit(c.id(), new VisitData(Instant.now().minusSeconds(3600), "监护人家中", method, "李青、陈老师",
                "监护人", "家庭经济困难", VisitOutcome.REFUSED, null, "继续劝返"), officer());
    }

    private static String cn(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
