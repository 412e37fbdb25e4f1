package cn.fanxiao.documents.internal;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentModel;
import cn.hutool.core.util.IdcardUtil;

/**
 * Fills the parts every case document shares (legal-process.md §4.3) from the case file and the issuing body
 * ({@link IssuingBodies}). Documents print ID numbers whole: they are the legal act served on the party.
 */
@Component
class CaseDocumentModels {

    private final Jurisdictions jurisdictions;

    CaseDocumentModels(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    DocumentModel model(CaseView c, IssuingBody body, java.time.LocalDate issuedOn, DocumentDetails details) {
        String school = schoolName(c);
        CaseView.ChildView k = c.child();
        DocumentModel.ChildInfo child = new DocumentModel.ChildInfo(k.name(), k.gender().label(), k.ethnicity(),
                k.birthDate(), k.residentIdNumber(), k.studentRegistryNumber(), school, c.grade(), c.className(),
                k.householdAddress());
        var guardians = c.guardians().stream().map(g -> new DocumentModel.GuardianInfo(g.name(), g.residentIdNumber(),
                g.relation(), g.address(), g.phone(), genderOf(g.residentIdNumber()), g.whereabouts())).toList();
        return new DocumentModel("（待编号）", issuedOn, c.caseNumber(), body.issuer(), child, guardians, c.dropoutDate(),
                details);
    }

    String schoolName(CaseView c) {
        return jurisdictions.school(c.schoolCode()).map(cn.fanxiao.accounts.School::name).orElse(null);
    }

    private static String genderOf(String idNumber) {
        if (idNumber == null || !IdcardUtil.isValidCard(idNumber)) {
            return null;
        }
        return IdcardUtil.getGenderByIdCard(idNumber) == 1 ? "男" : "女";
    }
}
