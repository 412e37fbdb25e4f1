package cn.fanxiao.documents;

import static cn.fanxiao.documents.IssuerKind.COUNTY_BUREAU;
import static cn.fanxiao.documents.IssuerKind.SCHOOL;
import static cn.fanxiao.documents.IssuerKind.TOWNSHIP;

import java.util.List;
import java.util.Optional;

import cn.fanxiao.deadlines.ServedDocument;

/**
 * The official documents of legal-process.md §4.3, one Freemarker template each, with the kind of body that issues
 * each. The numbering pattern is only the default (§4.2): jurisdictions may configure their own. Placeholders:
 * {@code {short}} the issuing body's short name, {@code {year}} the full year, {@code {n}} the serial without
 * leading zeros.
 */
public enum DocumentType {
    // the school's written report to the county bureau and the township (未成年人保护法 Art. 28(2))
    DROPOUT_REPORT("学生失学辍学信息报告", "dropout-report.ftlh",
            "{short}辍报字〔{year}〕{n}号", DocumentDetails.DropoutReport.class, SCHOOL),
    // kept jointly: whoever leads the visit records it, a school in its own series, a township in its
    PERSUASION_RECORD("劝返（家访）记录", "persuasion-record.ftlh",
            "{short}劝记字〔{year}〕{n}号", DocumentDetails.PersuasionRecord.class, SCHOOL, TOWNSHIP),
    RETURN_NOTICE("入学（复学）通知书", "return-notice.ftlh",
            "{short}复学通字〔{year}〕{n}号", DocumentDetails.ReturnNotice.class, TOWNSHIP),
    ORDER_TO_RETURN("限期复学通知书", "order-to-return.ftlh",
            "{short}政责改字〔{year}〕{n}号", DocumentDetails.OrderToReturn.class, TOWNSHIP),
    PRIOR_NOTICE("行政处罚事先告知书", "prior-notice.ftlh",
            "{short}政罚告字〔{year}〕{n}号", DocumentDetails.PriorNotice.class, TOWNSHIP),
    PENALTY_DECISION("行政处罚决定书", "penalty-decision.ftlh",
            "{short}政罚决字〔{year}〕{n}号", DocumentDetails.PenaltyDecision.class, TOWNSHIP),
    PROOF_OF_SERVICE("送达回证", "proof-of-service.ftlh",
            "{short}送回字〔{year}〕{n}号", DocumentDetails.ProofOfService.class, TOWNSHIP),
    DEMAND_LETTER("催告书", "demand-letter.ftlh",
            "{short}政催字〔{year}〕{n}号", DocumentDetails.DemandLetter.class, TOWNSHIP),
    ENFORCEMENT_APPLICATION("强制执行申请书", "enforcement-application.ftlh",
            "{short}政强申字〔{year}〕{n}号", DocumentDetails.EnforcementApplication.class, TOWNSHIP),
    CIVIL_COMPLAINT("民事起诉状", "civil-complaint.ftlh",
            "{short}政民诉字〔{year}〕{n}号", DocumentDetails.CivilComplaint.class, TOWNSHIP),
    // after a supervision inspection, addressed to a school or township (义务教育法 Art. 13: the bureau supervises)
    RECTIFICATION_NOTICE("整改通知书", "rectification-notice.ftlh",
            "{short}督改字〔{year}〕{n}号", DocumentDetails.RectificationNotice.class, COUNTY_BUREAU),
    RETURN_REGISTRATION("复学登记表", "return-registration.ftlh",
            // the school registers the return (未成年人保护法 Art. 28(2)); the template speaks as 本校
            "{short}复登字〔{year}〕{n}号", DocumentDetails.ReturnRegistration.class, SCHOOL),
    CLOSURE_APPROVAL("结案审批表", "closure-approval.ftlh",
            "{short}结审字〔{year}〕{n}号", DocumentDetails.ClosureApproval.class, TOWNSHIP);

    /**
     * What a service record calls this document, for the notices the process serves and whose service starts a
     * period; empty for every other document. The one mapping between the two enums ({@link #of} is its inverse).
     */
    public Optional<ServedDocument> servedAs() {
        return Optional.ofNullable(switch (this) {
            case RETURN_NOTICE -> ServedDocument.RETURN_NOTICE;
            case ORDER_TO_RETURN -> ServedDocument.ORDER_TO_RETURN;
            case PRIOR_NOTICE -> ServedDocument.PRIOR_NOTICE;
            case PENALTY_DECISION -> ServedDocument.PENALTY_DECISION;
            case DEMAND_LETTER -> ServedDocument.DEMAND_LETTER;
            default -> null;
        });
    }

    /** The document a service record serves (exhaustive: a new served kind does not compile until mapped). */
    public static DocumentType of(ServedDocument served) {
        return switch (served) {
            case RETURN_NOTICE -> RETURN_NOTICE;
            case ORDER_TO_RETURN -> ORDER_TO_RETURN;
            case PRIOR_NOTICE -> PRIOR_NOTICE;
            case PENALTY_DECISION -> PENALTY_DECISION;
            case DEMAND_LETTER -> DEMAND_LETTER;
        };
    }

    /** The served notices are in force at most once per case: a changed one is a correction that supersedes it. */
    public boolean oneInForcePerCase() {
        return servedAs().isPresent();
    }

    private final String title;
    private final String templateName;
    private final String defaultNumberPattern;
    private final Class<? extends DocumentDetails> detailsType;
    private final List<IssuerKind> issuers;

    DocumentType(String title, String templateName, String defaultNumberPattern,
                 Class<? extends DocumentDetails> detailsType, IssuerKind... issuers) {
        this.title = title;
        this.templateName = templateName;
        this.defaultNumberPattern = defaultNumberPattern;
        this.detailsType = detailsType;
        this.issuers = List.of(issuers);
    }

    /** The kinds of body that issue this document, each in its own name and number series. */
    public List<IssuerKind> issuers() {
        return issuers;
    }

    /** The Chinese title printed on the document. */
    public String title() {
        return title;
    }

    /** The template's file name under {@code templates/}. */
    public String templateName() {
        return templateName;
    }

    public String defaultNumberPattern() {
        return defaultNumberPattern;
    }

    /** The {@link DocumentModel#details()} this document is filled from. */
    public Class<? extends DocumentDetails> detailsType() {
        return detailsType;
    }

    /**
     * Fills a numbering pattern, e.g. {@code 青石政责改字〔2026〕3号}. Allocating the serial (one per year, body and
     * type, never reused) is the numbering service's job, not this method's.
     */
    public static String formatNumber(String pattern, String shortName, int year, long serial) {
        return pattern.replace("{short}", shortName)
                .replace("{year}", Integer.toString(year))
                .replace("{n}", Long.toString(serial));
    }
}
