package cn.fanxiao.documents.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentModel.GuardianInfo;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.MissingDocumentFieldsException;
import cn.fanxiao.documents.SampleDocuments;

/** Every official document renders from a full case, prints what it must, escapes data, and refuses gaps. */
class TemplateRendererTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String JYF = "《中华人民共和国义务教育法》";
    private static final String WCN = "《中华人民共和国未成年人保护法》";
    private static final String CF = "《中华人民共和国行政处罚法》";
    private static final String QZ = "《中华人民共和国行政强制法》";
    private static final String MS = "《中华人民共和国民事诉讼法》";

    /** The legal bases each document must cite (legal-process.md §1 and §4.3): statute → articles. */
    private static final Map<DocumentType, List<String[]>> CITATIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(DocumentType.DROPOUT_REPORT, List.<String[]>of(new String[] {WCN, "第二十八条"})),
            Map.entry(DocumentType.PERSUASION_RECORD, List.of(new String[] {JYF, "第五条", "第十一条", "第五十八条"},
                    new String[] {WCN, "第十六条", "第十七条"})),
            Map.entry(DocumentType.RETURN_NOTICE, List.of(new String[] {JYF, "第五条", "第十一条"},
                    new String[] {WCN, "第十六条"}, new String[] {JYF, "第五十八条"})),
            Map.entry(DocumentType.ORDER_TO_RETURN, List.of(new String[] {JYF, "第五条"},
                    new String[] {WCN, "第十六条", "第十七条"}, new String[] {JYF, "第五十八条"},
                    new String[] {WCN, "第八十三条"})),
            Map.entry(DocumentType.PRIOR_NOTICE, List.of(new String[] {JYF, "第五条"},
                    new String[] {CF, "第四十四条", "第四十五条"}, new String[] {CF, "第六十三条", "第六十四条"})),
            Map.entry(DocumentType.PENALTY_DECISION, List.of(new String[] {JYF, "第五条"},
                    new String[] {CF, "第二十八条"}, new String[] {CF, "第七十二条"}, new String[] {CF, "第七十三条"})),
            Map.entry(DocumentType.PROOF_OF_SERVICE, List.<String[]>of(
                    new String[] {MS, "第八十七条", "第八十八条"}, new String[] {"该法", "第八十九条"})),
            Map.entry(DocumentType.DEMAND_LETTER, List.of(new String[] {QZ, "第三十五条", "第五十四条"},
                    new String[] {QZ, "第三十六条"}, new String[] {QZ, "第五十三条"}, new String[] {QZ, "第三十八条"})),
            Map.entry(DocumentType.ENFORCEMENT_APPLICATION, List.<String[]>of(
                    new String[] {QZ, "第五十三条", "第五十四条", "第五十五条"})),
            Map.entry(DocumentType.CIVIL_COMPLAINT, List.of(new String[] {JYF, "第五条"},
                    new String[] {WCN, "第十六条", "第十七条"}, new String[] {JYF, "第五十八条"},
                    new String[] {MS, "第一百二十二条", "第一百二十四条"}, new String[] {MS, "第十五条"})),
            Map.entry(DocumentType.RECTIFICATION_NOTICE, List.<String[]>of(new String[] {JYF, "第十三条"})),
            Map.entry(DocumentType.RETURN_REGISTRATION, List.of(new String[] {WCN, "第二十八条"},
                    new String[] {JYF, "第五条"}, new String[] {WCN, "第十六条"})),
            Map.entry(DocumentType.CLOSURE_APPROVAL, List.of(new String[] {JYF, "第五条", "第五十八条"},
                    new String[] {WCN, "第八十三条"}))));

    /** A date (or time) particular to each document, in Chinese form. */
    private static final Map<DocumentType, String> KEY_DATES = new EnumMap<>(Map.ofEntries(
            Map.entry(DocumentType.DROPOUT_REPORT, "2026年9月4日"),
            Map.entry(DocumentType.PERSUASION_RECORD, "2026年9月8日10时30分"),
            Map.entry(DocumentType.RETURN_NOTICE, "2026年9月17日"),
            Map.entry(DocumentType.ORDER_TO_RETURN, "2026年10月8日"),
            Map.entry(DocumentType.PRIOR_NOTICE, "2026年9月30日"),
            Map.entry(DocumentType.PENALTY_DECISION, "2026年11月3日"),
            Map.entry(DocumentType.PROOF_OF_SERVICE, "2026年9月30日15时20分"),
            Map.entry(DocumentType.DEMAND_LETTER, "2027年5月10日"),
            Map.entry(DocumentType.ENFORCEMENT_APPLICATION, "2027年5月17日"),
            Map.entry(DocumentType.CIVIL_COMPLAINT, "2026年9月10日"),
            Map.entry(DocumentType.RECTIFICATION_NOTICE, "2026年10月20日"),
            Map.entry(DocumentType.RETURN_REGISTRATION, "2026年11月2日"),
            Map.entry(DocumentType.CLOSURE_APPROVAL, "2026年9月7日")));

    private final TemplateRenderer renderer = new TemplateRenderer();

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void rendersWellFormedXhtmlWithEverythingTheDocumentMustCarry(DocumentType type) throws Exception {
        DocumentModel model = SampleDocuments.full(type);

        String xhtml = renderer.render(type, model);
        keepForInspection(type, xhtml);
        String text = bodyText(parse(xhtml));

        assertThat(text).contains(type.title(), model.number(), model.child().name(),
                SampleDocuments.FATHER.name(), SampleDocuments.MOTHER.name(),
                ChineseFormats.date(model.issuedOn()), KEY_DATES.get(type));
        if (type != DocumentType.RECTIFICATION_NOTICE) {
            assertThat(text).contains(model.caseNumber());
        }
        for (String[] citation : CITATIONS.get(type)) {
            for (int i = 1; i < citation.length; i++) {
                // the article follows its statute's name within the same citation (no other statute in between)
                assertThat(text).containsPattern(Pattern.quote(citation[0]) + "[^《]{0,40}?" + citation[i]);
            }
        }
        assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("null", "${", "&lt;", "&amp;");
        assertThat(text.replaceAll("\\s", "")).doesNotContainPattern("[，、：]。|。。|，，");
    }

    @Test
    void orderToReturnPrintsItsDeadlineAndRemedies() {
        String text = text(DocumentType.ORDER_TO_RETURN, SampleDocuments.full(DocumentType.ORDER_TO_RETURN));
        assertThat(text).contains("请你们于2026年10月8日前将李小明送到示范县青石镇中心学校复学",
                "60日内向示范县人民政府申请行政复议", "6个月内向示范县人民法院提起行政诉讼",
                "依照《示范省义务教育条例》第四十六条的规定依法给予行政处罚");
    }

    @Test
    void orderToReturnWithoutALocalPenaltyBasisAnnouncesACivilSuit() {
        DocumentModel model = ModelEdits.blank(SampleDocuments.full(DocumentType.ORDER_TO_RETURN),
                "details.penaltyBasis");
        assertThat(text(DocumentType.ORDER_TO_RETURN, model)).contains("依法向人民法院提起诉讼").doesNotContain("行政处罚");
    }

    @Test
    void penaltyDecisionStatesPaymentAndTheAmountInWords() {
        String text = text(DocumentType.PENALTY_DECISION, SampleDocuments.full(DocumentType.PENALTY_DECISION));
        assertThat(text).contains("罚款人民币1000元（大写：壹仟元整）", "自收到本决定书之日起15日内缴纳罚款",
                "示范县农村信用合作联社青石信用社", "每日按罚款数额的百分之三加处罚款");
    }

    @Test
    void priorNoticeWithoutHearingRightLeavesTheHearingOut() {
        DocumentModel model = ModelEdits.blank(SampleDocuments.full(DocumentType.PRIOR_NOTICE),
                "details.hearingWorkingDays");
        assertThat(text(DocumentType.PRIOR_NOTICE, model)).doesNotContain("听证").contains("视为放弃上述权利");
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void guardianNamesThatLookLikeMarkupOrTemplateCodePrintLiterally(DocumentType type) throws Exception {
        GuardianInfo tag = new GuardianInfo("<b>x</b>", "530999198503030019", "父亲", "青石村\"三组\" & 12号",
                "13800000001", "男", null);
        GuardianInfo code = new GuardianInfo("${7*7}", "530999198708150022", "母亲", "青石村三组12号",
                "13800000002", "女", null);
        DocumentModel model = SampleDocuments.withGuardians(SampleDocuments.full(type), List.of(tag, code));

        String xhtml = renderer.render(type, model);
        Document doc = parse(xhtml);

        assertThat(doc.getElementsByTagNameNS(XHTML, "b").getLength()).isZero();
        assertThat(xhtml).contains("&lt;b&gt;x&lt;/b&gt;");
        assertThat(bodyText(doc)).contains("<b>x</b>", "${7*7}");
        assertThat(bodyText(doc).replace("530999198708150022", "")).doesNotContain("49");
    }

    @Test
    void theCssIsInlinedVerbatimAndNothingIsLoadedFromOutside() {
        String xhtml = renderer.render(DocumentType.PENALTY_DECISION, SampleDocuments.full(DocumentType.PENALTY_DECISION));
        assertThat(xhtml).contains("size: A4;", "margin: 37mm 26mm 35mm 28mm;",
                "font-family: \"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"Noto Serif SC\", \"LXGW WenKai\"",
                "font-family: \"仿宋_GB2312\", \"FangSong_GB2312\", \"仿宋\"", "class=\"seal\">（印章）");
        assertThat(xhtml).doesNotContain("&quot;", "<script", "<img", "<link", "url(", "http://www.w3.org/TR");
    }

    /** Every field a template declares, blanked one at a time. */
    static Stream<Arguments> declaredFields() {
        TemplateRenderer renderer = new TemplateRenderer();
        return Stream.of(DocumentType.values()).flatMap(type -> renderer.requiredFields(type).entrySet().stream()
                .map(e -> Arguments.of(type, e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("declaredFields")
    void aDocumentWithoutAMandatoryFieldIsNotIssuedAndTheFieldIsNamed(DocumentType type, String path, String label) {
        String field = ModelEdits.concrete(path);
        DocumentModel model = ModelEdits.blank(SampleDocuments.full(type), field);
        boolean wholeList = ModelPath.parse(field).resolve(SampleDocuments.full(type)).get(0).value() instanceof List;

        MissingDocumentFieldsException e = catchThrowableOfType(() -> renderer.render(type, model),
                MissingDocumentFieldsException.class);

        assertThat(e).as("%s without %s", type, field).isNotNull();
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.getMessage()).startsWith("《" + type.title() + "》缺少必填内容").contains(label);
        if (wholeList) {
            assertThat(e.fields()).contains(field);
        } else {
            assertThat(e.fields()).containsExactly(field);
            assertThat(e.errors().get(0).message()).startsWith(label).endsWith("未填写");
        }
    }

    @Test
    void aDecisionMissingSeveralFieldsListsEveryOneInOneError() {
        DocumentModel model = SampleDocuments.full(DocumentType.PENALTY_DECISION);
        for (String path : List.of("issuer.reconsiderationBody", "issuer.court", "details.remedies",
                "details.payment.method", "details.payment.withinDays", "guardians[1].address")) {
            model = ModelEdits.blank(model, path);
        }
        DocumentModel incomplete = model;

        assertThatThrownBy(() -> renderer.render(DocumentType.PENALTY_DECISION, incomplete))
                .isInstanceOfSatisfying(MissingDocumentFieldsException.class, e -> {
                    assertThat(e.fields()).containsExactly("issuer.reconsiderationBody", "issuer.court",
                            "guardians[1].address", "details.payment.method", "details.payment.withinDays",
                            "details.remedies.reconsiderationDays", "details.remedies.lawsuitMonths");
                    assertThat(e.errors()).extracting(f -> f.message()).containsExactly("行政复议机关未填写",
                            "管辖人民法院未填写", "当事人住址（第2项）未填写", "罚款缴纳方式未填写", "罚款缴纳期限未填写",
                            "行政复议申请期限未填写", "行政诉讼起诉期限未填写");
                    assertThat(e.getMessage()).isEqualTo("《行政处罚决定书》缺少必填内容，不能签发：行政复议机关未填写；"
                            + "管辖人民法院未填写；当事人住址（第2项）未填写；罚款缴纳方式未填写；罚款缴纳期限未填写；"
                            + "行政复议申请期限未填写；行政诉讼起诉期限未填写");
                });
    }

    @Test
    void anOrderWithoutDeadlineOrSchoolCannotBeIssued() {
        DocumentModel model = ModelEdits.blank(ModelEdits.blank(SampleDocuments.full(DocumentType.ORDER_TO_RETURN),
                "details.returnBy"), "details.school");
        assertThatThrownBy(() -> renderer.check(DocumentType.ORDER_TO_RETURN, model))
                .isInstanceOfSatisfying(MissingDocumentFieldsException.class, e -> assertThat(e.fields())
                        .containsExactly("details.school", "details.returnBy"));
    }

    @Test
    void blankTextAndEmptyListsCountAsMissing() {
        DocumentModel full = SampleDocuments.full(DocumentType.PRIOR_NOTICE);
        DocumentDetails.PriorNotice d = (DocumentDetails.PriorNotice) full.details();
        DocumentModel model = new DocumentModel(full.number(), full.issuedOn(), "  ", full.issuer(), full.child(),
                List.of(), full.dropoutDate(), new DocumentDetails.PriorNotice(d.order(), "", List.of(),
                d.provisionsViolated(), d.penaltyBasis(), d.fineAmount(), d.school(), d.statementWorkingDays(),
                d.hearingWorkingDays(), d.submitTo()));

        assertThatThrownBy(() -> renderer.check(DocumentType.PRIOR_NOTICE, model))
                .isInstanceOfSatisfying(MissingDocumentFieldsException.class, e -> assertThat(e.fields())
                        .contains("caseNumber", "guardians[*].name", "details.facts", "details.evidence"));
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void rendersWithOnlyTheMandatoryFieldsFilled(DocumentType type) throws Exception {
        DocumentModel minimal = ModelEdits.minimal(SampleDocuments.full(type), renderer.requiredFields(type).keySet());

        String xhtml = renderer.render(type, minimal);

        assertThat(bodyText(parse(xhtml))).contains(type.title()).doesNotContain("null");
    }

    @Test
    void detailsOfAnotherDocumentAreRefused() {
        DocumentModel notice = SampleDocuments.full(DocumentType.RETURN_NOTICE);
        assertThatThrownBy(() -> renderer.render(DocumentType.PENALTY_DECISION, notice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PenaltyDecision");
    }

    @Test
    void requiredFieldsAreListedInTheTemplatesOrderWithChineseLabels() {
        Map<String, String> fields = renderer.requiredFields(DocumentType.PENALTY_DECISION);
        assertThat(fields).containsEntry("details.payment.method", "罚款缴纳方式")
                .containsEntry("details.remedies.reconsiderationDays", "行政复议申请期限")
                .containsEntry("issuer.court", "管辖人民法院");
        assertThat(fields.keySet()).startsWith("number", "issuedOn", "caseNumber");
    }

    @Test
    void datesInTheModelAreNeverPrintedInIsoForm() {
        DocumentModel model = SampleDocuments.full(DocumentType.RETURN_NOTICE);
        assertThat(text(DocumentType.RETURN_NOTICE, model)).contains("自2026年9月1日起", "2013年5月12日出生")
                .doesNotContain(LocalDate.of(2026, 9, 1).toString());
    }

    private String text(DocumentType type, DocumentModel model) {
        try {
            return bodyText(parse(renderer.render(type, model)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The JDK's parser: the renderer's output must be well-formed XML (namespaced XHTML), no external DTD. */
    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
        return doc;
    }

    static String bodyText(Document doc) {
        Element body = (Element) doc.getElementsByTagNameNS(XHTML, "body").item(0);
        return body.getTextContent();
    }

    /** The rendered XHTML under target/, for a look in a browser or a PDF trial. */
    private static void keepForInspection(DocumentType type, String xhtml) throws IOException {
        Path dir = Path.of("target", "rendered-documents");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(type.templateName().replace(".ftlh", ".xhtml")), xhtml);
    }
}
