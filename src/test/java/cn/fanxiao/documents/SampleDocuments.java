package cn.fanxiao.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.fanxiao.documents.DocumentDetails.ClosureApproval;
import cn.fanxiao.documents.DocumentDetails.CivilComplaint;
import cn.fanxiao.documents.DocumentDetails.DemandLetter;
import cn.fanxiao.documents.DocumentDetails.DropoutReport;
import cn.fanxiao.documents.DocumentDetails.EnforcementApplication;
import cn.fanxiao.documents.DocumentDetails.OrderToReturn;
import cn.fanxiao.documents.DocumentDetails.Payment;
import cn.fanxiao.documents.DocumentDetails.PenaltyDecision;
import cn.fanxiao.documents.DocumentDetails.PersuasionRecord;
import cn.fanxiao.documents.DocumentDetails.PriorNotice;
import cn.fanxiao.documents.DocumentDetails.ProcedureStep;
import cn.fanxiao.documents.DocumentDetails.ProofOfService;
import cn.fanxiao.documents.DocumentDetails.RectificationNotice;
import cn.fanxiao.documents.DocumentDetails.Remedies;
import cn.fanxiao.documents.DocumentDetails.ReportRow;
import cn.fanxiao.documents.DocumentDetails.ReturnNotice;
import cn.fanxiao.documents.DocumentDetails.ReturnRegistration;
import cn.fanxiao.documents.DocumentModel.ChildInfo;
import cn.fanxiao.documents.DocumentModel.DocumentRef;
import cn.fanxiao.documents.DocumentModel.GuardianInfo;
import cn.fanxiao.documents.DocumentModel.Issuer;

/**
 * Complete, realistic document models of one fictitious case, for every {@link DocumentType}: 李小明 of
 * 示范县青石镇 stopped attending on 2026-09-01; his parents 李大山 and 王秀英 are the guardians. Every field is
 * filled, optional ones too, so a template that prints a field can be checked against it. Names, ID numbers
 * (with valid check digits, region 530999 which no county uses) and phone numbers are made up.
 */
public final class SampleDocuments {

    public static final String CASE_NUMBER = "示范控辍〔2026〕12号";
    public static final LocalDate DROPOUT_DATE = LocalDate.of(2026, 9, 1);

    public static final Issuer TOWNSHIP = new Issuer("示范县青石镇人民政府", "青石", "示范县青石镇青石街1号",
            "赵建国", "0999-6123456", "陈国华", "镇长", "示范县人民法院", "示范县人民政府");
    public static final Issuer SCHOOL = new Issuer("示范县青石镇中心学校", "青石中心校", "示范县青石镇学府路8号",
            "周丽", "0999-6123400", "孙志远", "校长", "示范县人民法院", "示范县教育体育局");
    public static final Issuer BUREAU = new Issuer("示范县教育体育局", "示教体", "示范县城关街道文昌路15号",
            "刘芳", "0999-6120000", "吴振东", "局长", "示范县人民法院", "示范县人民政府");

    public static final ChildInfo CHILD = new ChildInfo("李小明", "男", "汉族", LocalDate.of(2013, 5, 12),
            "530999201305120034", "G530999201305120034", "示范县青石镇中心学校", "七年级", "（2）班",
            "示范县青石镇青石村三组12号");
    public static final GuardianInfo FATHER = new GuardianInfo("李大山", "530999198503030019", "父亲",
            "示范县青石镇青石村三组12号", "13800000001", "男", "外出务工（浙江省）");
    public static final GuardianInfo MOTHER = new GuardianInfo("王秀英", "530999198708150022", "母亲",
            "示范县青石镇青石村三组12号", "13800000002", "女", "无");

    public static final DocumentRef RETURN_NOTICE_SERVED = new DocumentRef("入学（复学）通知书",
            number(DocumentType.RETURN_NOTICE, TOWNSHIP, 2026, 5), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 10));
    public static final DocumentRef ORDER_SERVED = new DocumentRef("限期复学通知书",
            number(DocumentType.ORDER_TO_RETURN, TOWNSHIP, 2026, 3), LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30));
    public static final DocumentRef PRIOR_NOTICE_SERVED = new DocumentRef("行政处罚事先告知书",
            number(DocumentType.PRIOR_NOTICE, TOWNSHIP, 2026, 2), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13));
    public static final DocumentRef DECISION_SERVED = new DocumentRef("行政处罚决定书",
            number(DocumentType.PENALTY_DECISION, TOWNSHIP, 2026, 2), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 27));
    public static final DocumentRef DEMAND_SERVED = new DocumentRef("催告书",
            number(DocumentType.DEMAND_LETTER, TOWNSHIP, 2027, 1), LocalDate.of(2027, 4, 28), LocalDate.of(2027, 4, 29));

    public static final BigDecimal FINE = new BigDecimal("1000");
    public static final Remedies REMEDIES = new Remedies(60, 6);
    public static final Payment PAYMENT = new Payment("持本决定书到指定银行缴纳，或者通过电子支付系统缴纳",
            "示范县财政局非税收入专户", "示范县农村信用合作联社青石信用社", "6200000000000001", 15);

    private SampleDocuments() {
    }

    /** A complete model of the given type, as the case would fill it. */
    public static DocumentModel full(DocumentType type) {
        return switch (type) {
            case DROPOUT_REPORT -> model(type, SCHOOL, 2026, 4, LocalDate.of(2026, 9, 7), dropoutReport());
            case PERSUASION_RECORD -> model(type, SCHOOL, 2026, 9, LocalDate.of(2026, 9, 8), persuasionRecord());
            case RETURN_NOTICE -> model(type, TOWNSHIP, 2026, 5, LocalDate.of(2026, 9, 10), returnNotice());
            case ORDER_TO_RETURN -> model(type, TOWNSHIP, 2026, 3, LocalDate.of(2026, 9, 29), orderToReturn());
            case PRIOR_NOTICE -> model(type, TOWNSHIP, 2026, 2, LocalDate.of(2026, 10, 12), priorNotice());
            case PENALTY_DECISION -> model(type, TOWNSHIP, 2026, 2, LocalDate.of(2026, 10, 26), penaltyDecision());
            case PROOF_OF_SERVICE -> model(type, TOWNSHIP, 2026, 17, LocalDate.of(2026, 9, 30), proofOfService());
            case DEMAND_LETTER -> model(type, TOWNSHIP, 2027, 1, LocalDate.of(2027, 4, 28), demandLetter());
            case ENFORCEMENT_APPLICATION -> model(type, TOWNSHIP, 2027, 1, LocalDate.of(2027, 5, 18),
                    enforcementApplication());
            case CIVIL_COMPLAINT -> model(type, TOWNSHIP, 2026, 1, LocalDate.of(2026, 10, 20), civilComplaint());
            case RECTIFICATION_NOTICE -> model(type, BUREAU, 2026, 6, LocalDate.of(2026, 9, 25),
                    rectificationNotice());
            case RETURN_REGISTRATION -> model(type, SCHOOL, 2026, 2, LocalDate.of(2026, 11, 2), returnRegistration());
            case CLOSURE_APPROVAL -> model(type, BUREAU, 2027, 3, LocalDate.of(2027, 5, 10), closureApproval());
        };
    }

    /** The number a document of this type would get from its default pattern. */
    public static String number(DocumentType type, Issuer issuer, int year, long serial) {
        return DocumentType.formatNumber(type.defaultNumberPattern(), issuer.shortName(), year, serial);
    }

    /**
     * The same model with other guardians (e.g. names that must print literally), in the report's rows too, where
     * the dropout report prints them.
     */
    public static DocumentModel withGuardians(DocumentModel model, List<GuardianInfo> guardians) {
        DocumentDetails details = model.details();
        if (details instanceof DropoutReport r) {
            details = new DropoutReport(r.addressee(), r.reportingPeriod(), r.foundOn(),
                    r.rows().stream().map(row -> new ReportRow(row.child(), guardians, row.lastAttendedOn(), row.reason(),
                            row.whereabouts(), row.persuasionAttempts(), row.flags())).toList(),
                    r.reporter(), r.principal());
        }
        return new DocumentModel(model.number(), model.issuedOn(), model.caseNumber(), model.issuer(), model.child(),
                guardians, model.dropoutDate(), details);
    }

    private static DocumentModel model(DocumentType type, Issuer issuer, int year, long serial, LocalDate issuedOn,
                                       DocumentDetails details) {
        return new DocumentModel(number(type, issuer, year, serial), issuedOn, CASE_NUMBER, issuer, CHILD,
                List.of(FATHER, MOTHER), DROPOUT_DATE, details);
    }

    private static DropoutReport dropoutReport() {
        return new DropoutReport("示范县教育体育局、青石镇人民政府", "2026—2027学年第一学期开学初", LocalDate.of(2026, 9, 4),
                List.of(new ReportRow(CHILD, List.of(FATHER, MOTHER), LocalDate.of(2026, 6, 30), "厌学/学习困难",
                        "在家，偶随父亲外出", 2, List.of("留守儿童"))),
                "周丽", "孙志远");
    }

    private static PersuasionRecord persuasionRecord() {
        return new PersuasionRecord(LocalDateTime.of(2026, 9, 8, 10, 30), 1, "示范县青石镇青石村三组12号（学生家中）",
                "入户走访", "班主任周丽、青石镇人民政府干部赵建国、青石村民委员会主任杨志强", "王秀英（母亲）、李小明",
                "学生学习基础薄弱，产生厌学情绪；父亲长期外出务工，母亲管教不力，对接受义务教育的重要性认识不足。",
                "告知学校将为其安排学业帮扶和心理疏导。", "母亲同意送孩子返校，并表示将与在外务工的父亲沟通。",
                "学生起初表示不想上学，经劝说后同意返校试读。", "同意复学", LocalDate.of(2026, 9, 14),
                "一周内再次入户，并电话联系在外务工的父亲李大山。", "", List.of("照片 IMG-20260908-01", "照片 IMG-20260908-02"));
    }

    private static ReturnNotice returnNotice() {
        return new ReturnNotice("示范县青石镇中心学校", "示范县青石镇学府路8号", LocalDate.of(2026, 9, 17), "周丽",
                "0999-6123400", "示范县青石镇中心学校");
    }

    private static OrderToReturn orderToReturn() {
        return new OrderToReturn("学校、村民委员会和本机关工作人员先后三次上门劝返，并于2026年9月10日向你们送达了"
                + "《入学（复学）通知书》，要求你们在2026年9月17日前送李小明返校，你们至今未送其返校。",
                RETURN_NOTICE_SERVED, "示范县青石镇中心学校", LocalDate.of(2026, 10, 8),
                "《示范省义务教育条例》第四十六条", REMEDIES);
    }

    private static PriorNotice priorNotice() {
        return new PriorNotice(ORDER_SERVED,
                "李小明系适龄少年，自2026年9月1日起无正当理由未到示范县青石镇中心学校上学。经多次劝返和本机关"
                        + "责令限期改正，你们在2026年10月8日期限届满后仍未送其返校。",
                List.of("学生失学辍学信息报告及学校考勤记录", "劝返（家访）记录3份", "《限期复学通知书》及送达回证"),
                "《中华人民共和国义务教育法》第五条第二款", "《示范省义务教育条例》第四十六条", FINE,
                "示范县青石镇中心学校", 5, 5, "示范县青石镇人民政府司法所（示范县青石镇青石街1号）");
    }

    private static PenaltyDecision penaltyDecision() {
        return new PenaltyDecision(
                "李小明系适龄少年，自2026年9月1日起无正当理由未到示范县青石镇中心学校上学。经多次劝返和本机关"
                        + "责令限期改正，当事人在2026年10月8日期限届满后仍未送其返校。",
                List.of("学生失学辍学信息报告及学校考勤记录", "劝返（家访）记录3份", "《限期复学通知书》及送达回证"),
                PRIOR_NOTICE_SERVED, "当事人在规定期限内未提出陈述、申辩，也未要求听证。",
                "《中华人民共和国义务教育法》第五条第二款", "《示范省义务教育条例》第四十六条", FINE,
                "示范县青石镇中心学校", LocalDate.of(2026, 11, 3), PAYMENT, REMEDIES);
    }

    private static ProofOfService proofOfService() {
        return new ProofOfService(ORDER_SERVED, "李大山", "示范县青石镇青石村三组12号", "留置送达",
                LocalDateTime.of(2026, 9, 30, 15, 20), "", "", "受送达人称不需要上学，拒绝签收。", "杨志强",
                "示范县青石镇青石村民委员会", List.of("赵建国", "钱立新"), "文书留置于受送达人住所堂屋桌上，全程录像。",
                List.of("录像 VID-20260930-01", "照片 IMG-20260930-03"));
    }

    private static DemandLetter demandLetter() {
        return new DemandLetter(DECISION_SERVED,
                List.of("将李小明送到示范县青石镇中心学校复学", "缴纳罚款人民币1000元"), LocalDate.of(2027, 5, 10), FINE,
                new BigDecimal("1000"), PAYMENT, 10);
    }

    private static EnforcementApplication enforcementApplication() {
        return new EnforcementApplication(DECISION_SERVED,
                "被申请人无正当理由不送适龄子女李小明接受义务教育，经责令限期改正仍不改正。",
                List.of("缴纳罚款人民币1000元及加处罚款人民币1000元", "将李小明送到示范县青石镇中心学校复学"),
                LocalDate.of(2027, 4, 27), DEMAND_SERVED, LocalDate.of(2027, 5, 17),
                List.of("《行政处罚决定书》及送达回证", "《行政处罚事先告知书》及送达回证", "陈述申辩情况记录",
                        "《催告书》及送达回证", "认定违法事实的证据材料", "申请人统一社会信用代码证书及法定代表人身份证明"));
    }

    private static CivilComplaint civilComplaint() {
        return new CivilComplaint("赵建国，示范县青石镇人民政府干部", "示范县青石镇中心学校", 10,
                List.of(), "被告李大山、王秀英系李小明的父母和法定监护人。李小明系适龄少年，原在示范县青石镇中心学校"
                        + "七年级就读，自2026年9月1日起无正当理由未到校上学。学校、村民委员会和原告工作人员多次上门劝返，"
                        + "原告先后向被告送达入学（复学）通知书和限期复学通知书，被告至今仍未送李小明返校。",
                List.of(RETURN_NOTICE_SERVED, ORDER_SERVED),
                List.of("学生学籍信息和学校考勤记录，来源：示范县青石镇中心学校", "劝返（家访）记录3份，来源：原告及学校",
                        "《入学（复学）通知书》《限期复学通知书》及送达回证，来源：原告",
                        "证人杨志强，住示范县青石镇青石村"),
                "示范县人民检察院");
    }

    private static RectificationNotice rectificationNotice() {
        return new RectificationNotice("示范县青石镇中心学校", LocalDate.of(2026, 9, 20), "县教育体育局控辍保学督导组",
                List.of("辍学学生台账登记不完整，部分学生劝返记录缺失", "学生辍学后未在规定时间内书面报告",
                        "学籍系统数据与在校学生实际情况不一致"),
                List.of("逐人核对辍学学生台账，补齐劝返记录", "落实辍学学生书面报告制度，发现即报",
                        "完成学籍数据与在校学生的逐一比对"),
                LocalDate.of(2026, 10, 20), "形成书面整改报告，加盖学校公章后报送县教育体育局督导室");
    }

    private static ReturnRegistration returnRegistration() {
        return new ReturnRegistration(LocalDate.of(2026, 11, 2), "示范县青石镇中心学校", "七年级", "（2）班",
                "班主任周丽、青石镇人民政府干部赵建国", "2026年11月2日起连续到校上课（考勤记录）", "红名单（不稳定）",
                "安排学科教师一对一补习，每周一次心理疏导，每月入户回访一次。",
                List.of("政府线：赵建国（青石镇人民政府）", "教育线：周丽（班主任）"), "");
    }

    private static ClosureApproval closureApproval() {
        return new ClosureApproval(LocalDate.of(2026, 9, 7), "厌学/学习困难",
                List.of(new ProcedureStep(LocalDate.of(2026, 9, 8), "入户劝返"),
                        new ProcedureStep(LocalDate.of(2026, 9, 10), "送达《入学（复学）通知书》"),
                        new ProcedureStep(LocalDate.of(2026, 9, 30), "送达《限期复学通知书》"),
                        new ProcedureStep(LocalDate.of(2026, 11, 2), "学生复学，纳入保学跟踪")),
                "已复学", "复学后连续在校学习满保学观察期，列入白名单。",
                List.of("复学登记表", "学校考勤记录"), "刘芳", "学生已复学并稳定在校，建议结案。",
                LocalDate.of(2027, 5, 10), "", "");
    }
}
