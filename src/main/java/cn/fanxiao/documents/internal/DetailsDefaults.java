package cn.fanxiao.documents.internal;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.JurisdictionSettings;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.PeriodUnit;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentModel.DocumentRef;
import cn.fanxiao.documents.DocumentType;

/**
 * Fills what the law, the jurisdiction's settings or the case file already fix, so an officer on a phone (or a
 * township issuing in bulk) types only what is really theirs to decide: remedy periods, the school, due dates
 * counted on the legal calendar from the issue date, the issuer's contact, the earlier document each step cites with
 * its served date, and for an order the persuasion done so far. A value the officer gives always wins (a blank text
 * counts as not given, as an empty form field).
 *
 * <p>Never filled: the facts, evidence and amounts of a penalty (行政处罚法 Arts. 40, 59 put them on the body that
 * decides, case by case), how the party's statement was handled, and the obligations a demand letter lists (the
 * archive keeps documents as PDFs, not their details, so a decision's content cannot be read back).
 */
@Component
class DetailsDefaults {

    private static final DocumentDetails.Remedies STATUTORY_REMEDIES = new DocumentDetails.Remedies(
            DeadlineKind.RECONSIDERATION_WINDOW.defaultAmount(), DeadlineKind.LAWSUIT_WINDOW.defaultAmount());

    /** The guardian's duty the party breached; the order to return cites it (义务教育法 Art. 5(2)). */
    static final String PROVISIONS_VIOLATED = "《中华人民共和国义务教育法》第五条第二款";

    private final DeadlineCalculator calculator;
    private final Jurisdictions jurisdictions;
    private final IssuingBodies bodies;
    private final CaseReferences references;
    private final PersuasionSummaries summaries;

    DetailsDefaults(DeadlineCalculator calculator, Jurisdictions jurisdictions, IssuingBodies bodies,
                    CaseReferences references, PersuasionSummaries summaries) {
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
        this.bodies = bodies;
        this.references = references;
        this.summaries = summaries;
    }

    DocumentDetails complete(DocumentDetails details, CaseView c, String schoolName, LocalDate issuedOn) {
        if (details instanceof DocumentDetails.ReturnNotice r) {
            return returnNotice(r, c, schoolName, issuedOn);
        }
        if (details instanceof DocumentDetails.OrderToReturn o) {
            return orderToReturn(o, c, schoolName, issuedOn);
        }
        if (details instanceof DocumentDetails.PriorNotice p) {
            return priorNotice(p, c, schoolName, issuedOn);
        }
        if (details instanceof DocumentDetails.PenaltyDecision d) {
            return penaltyDecision(d, c, schoolName, issuedOn);
        }
        if (details instanceof DocumentDetails.DemandLetter l) {
            return demandLetter(l, c, issuedOn);
        }
        return details;
    }

    private DocumentDetails.ReturnNotice returnNotice(DocumentDetails.ReturnNotice r, CaseView c, String schoolName,
                                                      LocalDate issuedOn) {
        DocumentModel.Issuer issuer = issuer(c);
        return new DocumentDetails.ReturnNotice(or(r.school(), schoolName), r.schoolAddress(),
                or(r.reportBy(), () -> due(c, issuedOn, setting(c, Setting.RETURN_NOTICE_DAYS), PeriodUnit.CALENDAR_DAYS)),
                or(r.contactPerson(), issuer.contactPerson()), or(r.contactPhone(), issuer.phone()), r.coIssuer());
    }

    private DocumentDetails.OrderToReturn orderToReturn(DocumentDetails.OrderToReturn o, CaseView c,
                                                        String schoolName, LocalDate issuedOn) {
        DocumentRef returnNotice = or(o.returnNotice(), () -> cited(c, DocumentType.RETURN_NOTICE, issuedOn));
        return new DocumentDetails.OrderToReturn(
                or(o.persuasionSummary(), () -> summaries.of(c, returnNotice)), returnNotice,
                or(o.school(), schoolName),
                or(o.returnBy(), () -> due(c, issuedOn, setting(c, Setting.ORDER_TO_RETURN_DAYS), PeriodUnit.CALENDAR_DAYS)),
                or(o.penaltyBasis(), () -> penaltyBasis(c)),
                or(o.remedies(), STATUTORY_REMEDIES));
    }

    /**
     * {@code hearingWorkingDays} stays the officer's: null announces no hearing right. Whether Art. 63 applies turns
     * on the fine reaching the province's "较大数额", a threshold this system does not hold yet; announcing a hearing
     * by default where none is due (or the reverse) would misstate the party's rights.
     */
    private DocumentDetails.PriorNotice priorNotice(DocumentDetails.PriorNotice p, CaseView c, String schoolName,
                                                    LocalDate issuedOn) {
        return new DocumentDetails.PriorNotice(
                or(p.order(), () -> cited(c, DocumentType.ORDER_TO_RETURN, issuedOn)),
                p.facts(), p.evidence(),
                or(p.provisionsViolated(), PROVISIONS_VIOLATED),
                or(p.penaltyBasis(), () -> penaltyBasis(c)),
                p.fineAmount(),
                or(p.school(), schoolName),
                or(p.statementWorkingDays(), () -> setting(c, Setting.STATEMENT_WORKING_DAYS)),
                p.hearingWorkingDays(),
                or(p.submitTo(), () -> submitTo(c)));
    }

    /**
     * The child's return date: 15 days from the decision, counted like every calendar-day period (last day rolled
     * past rest days). The law leaves it to the deciding body; 15 is the period it gives for paying the fine (Art.
     * 67), so the decision sets both obligations on one horizon. The officer may set another date.
     */
    private DocumentDetails.PenaltyDecision penaltyDecision(DocumentDetails.PenaltyDecision d, CaseView c,
                                                            String schoolName, LocalDate issuedOn) {
        return new DocumentDetails.PenaltyDecision(d.facts(), d.evidence(),
                or(d.priorNotice(), () -> cited(c, DocumentType.PRIOR_NOTICE, issuedOn)),
                d.statementHandling(),
                or(d.provisionsViolated(), PROVISIONS_VIOLATED),
                or(d.penaltyBasis(), () -> penaltyBasis(c)),
                d.fineAmount(),
                or(d.school(), schoolName),
                or(d.returnBy(), () -> due(c, issuedOn, DeadlineKind.FINE_PAYMENT.defaultAmount(),
                        DeadlineKind.FINE_PAYMENT.unit())),
                payment(d.payment(), c, DeadlineKind.FINE_PAYMENT.defaultAmount()),
                or(d.remedies(), STATUTORY_REMEDIES));
    }

    /**
     * The time to perform: 10 working days from the letter's date (行政强制法 Art. 69 counts periods of up to 10 days
     * in working days), the same span as the wait after service before applying to the court (Art. 54). Counted
     * from the issue date, which precedes service, it ends no later than that wait. The payment's 15 days belong
     * to the decision, not to the letter, so they are not repeated here.
     */
    private DocumentDetails.DemandLetter demandLetter(DocumentDetails.DemandLetter l, CaseView c, LocalDate issuedOn) {
        DeadlineKind wait = DeadlineKind.DEMAND_LETTER_WAIT;
        return new DocumentDetails.DemandLetter(
                or(l.decision(), () -> cited(c, DocumentType.PENALTY_DECISION, issuedOn)),
                l.obligations(),
                or(l.performBy(), () -> due(c, issuedOn, wait.defaultAmount(), wait.unit())),
                l.fineAmount(), l.surcharge(),
                payment(l.payment(), c, null),
                or(l.applyAfterWorkingDays(), wait.defaultAmount()));
    }

    // ---- where the defaults come from ----

    private DocumentRef cited(CaseView c, DocumentType type, LocalDate issuedOn) {
        return references.inForce(c.id(), type, issuedOn).orElse(null);
    }

    /** The period's last day counted from the issue date on the township's calendar (§3.1). */
    private LocalDate due(CaseView c, LocalDate issuedOn, int amount, PeriodUnit unit) {
        return calculator.compute(issuedOn, amount, unit, c.townshipCode()).due();
    }

    private int setting(CaseView c, Setting number) {
        return settings(c).number(number);
    }

    private JurisdictionSettings settings(CaseView c) {
        return jurisdictions.settingsFor(c.townshipCode());
    }

    /** The township: it issues every document whose details are filled here (the process's notices). */
    private DocumentModel.Issuer issuer(CaseView c) {
        return bodies.township(c).issuer();
    }

    /** Only where the jurisdiction may fine does a document cite a penalty provision (§1.3). */
    private String penaltyBasis(CaseView c) {
        JurisdictionSettings settings = settings(c);
        String citation = settings.text(Setting.LEGAL_BASIS_CITATION);
        return settings.fineAllowed() && citation != null && !citation.isBlank() ? citation : null;
    }

    /** e.g. 青石镇人民政府（示范县青石镇青石街1号）; without an address the officer must say where. */
    private String submitTo(CaseView c) {
        DocumentModel.Issuer issuer = issuer(c);
        return issuer.address() == null ? null : issuer.fullName() + "（" + issuer.address() + "）";
    }

    /**
     * The payment: the officer's where given, its gaps filled from the jurisdiction's payment method and
     * {@code withinDays}; nothing when neither the officer nor the settings say how to pay.
     */
    private DocumentDetails.Payment payment(DocumentDetails.Payment given, CaseView c, Integer withinDays) {
        String method = settings(c).text(Setting.FINE_PAYMENT_METHOD);
        if (given == null) {
            return method == null || method.isBlank() ? null
                    : new DocumentDetails.Payment(method, null, null, null, withinDays);
        }
        return new DocumentDetails.Payment(or(given.method(), method), given.payee(), given.bank(), given.account(),
                or(given.withinDays(), withinDays));
    }

    private static String or(String given, String fallback) {
        return given != null && !given.isBlank() ? given : blankToNull(fallback);
    }

    private static String or(String given, Supplier<String> fallback) {
        return given != null && !given.isBlank() ? given : blankToNull(fallback.get());
    }

    private static <T> T or(T given, T fallback) {
        return given != null ? given : fallback;
    }

    private static <T> T or(T given, Supplier<T> fallback) {
        return given != null ? given : fallback.get();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
