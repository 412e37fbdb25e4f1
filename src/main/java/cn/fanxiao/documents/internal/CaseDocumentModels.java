package cn.fanxiao.documents.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.JurisdictionSettings;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.shared.NotFoundException;
import cn.hutool.core.util.IdcardUtil;

/**
 * Fills the parts every case document shares (legal-process.md §4.3) from the case file and the issuing body's
 * per-jurisdiction settings. Documents print ID numbers whole: they are the legal act served on the party.
 */
@Component
class CaseDocumentModels {

    private final Jurisdictions jurisdictions;

    CaseDocumentModels(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** The township that acts on the case (乡镇人民政府) issues its documents. */
    IssuingBody issuerOf(CaseView c) {
        Jurisdiction township = jurisdictions.find(c.townshipCode())
                .orElseThrow(() -> new NotFoundException("区划不存在：" + c.townshipCode()));
        JurisdictionSettings s = jurisdictions.settingsFor(township.code());
        String fullName = orElse(s.text(Setting.ISSUER_NAME),
                township.name().endsWith("街道") ? township.name() + "办事处" : township.name() + "人民政府");
        String shortName = orElse(s.text(Setting.ISSUER_SHORT_NAME), township.shortName());
        DocumentModel.Issuer issuer = new DocumentModel.Issuer(fullName, shortName, blank(s.text(Setting.ISSUER_ADDRESS)),
                blank(s.text(Setting.ISSUER_CONTACT_PERSON)), blank(s.text(Setting.ISSUER_PHONE)),
                blank(s.text(Setting.ISSUER_LEGAL_REPRESENTATIVE)),
                blank(s.text(Setting.ISSUER_LEGAL_REPRESENTATIVE_TITLE)), blank(s.text(Setting.COURT)),
                blank(s.text(Setting.RECONSIDERATION_BODY)));
        return new IssuingBody(township.code(), issuer, patterns(s.text(Setting.DOCUMENT_NUMBER_PATTERNS)));
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

    /** The numbering pattern of a type: the jurisdiction's override, else the catalogue's default (§4.2). */
    static String pattern(IssuingBody body, DocumentType type) {
        return body.patterns().getOrDefault(type.name(), type.defaultNumberPattern());
    }

    private static Map<String, String> patterns(String setting) {
        Map<String, String> patterns = new LinkedHashMap<>();
        if (setting != null) {
            for (String entry : setting.split("[;；]")) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    patterns.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
                }
            }
        }
        return patterns;
    }

    private static String genderOf(String idNumber) {
        if (idNumber == null || !IdcardUtil.isValidCard(idNumber)) {
            return null;
        }
        return IdcardUtil.getGenderByIdCard(idNumber) == 1 ? "男" : "女";
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The body that issues a case's documents: its jurisdiction code (the numbering key) and printed details. */
    record IssuingBody(String code, DocumentModel.Issuer issuer, Map<String, String> patterns) {
    }
}
