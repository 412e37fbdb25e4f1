package cn.fanxiao.documents.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.documents.DocumentDetails;

/**
 * Fills what the law or the case already fixes, so an officer on a phone types only what is really theirs to
 * decide: the remedy periods (60 days, 6 months), the school the child goes back to, and a notice's last day computed
 * on the legal calendar from the issue date with the jurisdiction's period. A value the officer gives wins.
 */
@Component
class DetailsDefaults {

    private static final DocumentDetails.Remedies STATUTORY_REMEDIES = new DocumentDetails.Remedies(
            DeadlineKind.RECONSIDERATION_WINDOW.defaultAmount(), DeadlineKind.LAWSUIT_WINDOW.defaultAmount());

    private final DeadlineCalculator calculator;
    private final Jurisdictions jurisdictions;

    DetailsDefaults(DeadlineCalculator calculator, Jurisdictions jurisdictions) {
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
    }

    DocumentDetails complete(DocumentDetails details, CaseView c, String schoolName, LocalDate issuedOn) {
        if (details instanceof DocumentDetails.OrderToReturn o) {
            return new DocumentDetails.OrderToReturn(o.persuasionSummary(), o.returnNotice(),
                    o.school() != null ? o.school() : schoolName,
                    o.returnBy() != null ? o.returnBy() : due(c, issuedOn, Setting.ORDER_TO_RETURN_DAYS),
                    o.penaltyBasis() != null ? o.penaltyBasis() : penaltyBasis(c),
                    o.remedies() != null ? o.remedies() : STATUTORY_REMEDIES);
        }
        if (details instanceof DocumentDetails.ReturnNotice r) {
            return new DocumentDetails.ReturnNotice(r.school() != null ? r.school() : schoolName, r.schoolAddress(),
                    r.reportBy() != null ? r.reportBy() : due(c, issuedOn, Setting.RETURN_NOTICE_DAYS),
                    r.contactPerson(), r.contactPhone(), r.coIssuer());
        }
        return details;
    }

    /** The period's last day counted from the issue date (rolled past rest days, §3.1). */
    private LocalDate due(CaseView c, LocalDate issuedOn, Setting days) {
        int amount = jurisdictions.settingsFor(c.townshipCode()).number(days);
        return calculator.compute(issuedOn, amount, DeadlineKind.ORDER_TO_RETURN.unit(), c.townshipCode()).due();
    }

    /** Only where the jurisdiction may fine does the order announce a penalty (§1.3). */
    private String penaltyBasis(CaseView c) {
        var settings = jurisdictions.settingsFor(c.townshipCode());
        String citation = settings.text(Setting.LEGAL_BASIS_CITATION);
        return settings.fineAllowed() && citation != null && !citation.isBlank() ? citation : null;
    }
}
