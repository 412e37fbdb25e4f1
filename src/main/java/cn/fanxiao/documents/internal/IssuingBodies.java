package cn.fanxiao.documents.internal;

import static cn.fanxiao.documents.IssuerKind.COUNTY_BUREAU;
import static cn.fanxiao.documents.IssuerKind.SCHOOL;
import static cn.fanxiao.documents.IssuerKind.TOWNSHIP;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.JurisdictionLevel;
import cn.fanxiao.accounts.JurisdictionSettings;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.School;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuerKind;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.NotFoundException;

/**
 * Which body issues each document (legal-process.md §4.3), and who may act for it. The type names the kind of body
 * ({@link DocumentType#issuers()}), the case names which one: its school, its township, its county's education
 * bureau. Each numbers in its own series (keyed by its code) and prints its own name.
 *
 * <p>A user acts for the body they belong to: school staff for their school, a township officer for their township,
 * county legal staff and administrators for the county education bureau. County staff may also sign a township's
 * documents in the township's name, as they always could (the four-step documents are the county's business, and
 * Art. 58 lets the bureau order a return too); never a school's, whose report is owed to the bureau.
 *
 * <p>A document is corrected or voided by the body that issued it or by the county bureau, which supervises every
 * school and township in the county; a correction is the issuing body's act again, in its series, whoever types it.
 */
@Component
class IssuingBodies {

    private final Jurisdictions jurisdictions;

    IssuingBodies(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** The body that issues a new document of this type on the case when this user signs it; 403 naming who does. */
    IssuingBody toIssue(DocumentType type, CaseView c, CurrentUser user) {
        return of(actingFor(type, user), c);
    }

    /** The body that issued an archived document (by its issuer code): its correction is that body's act again. */
    IssuingBody byCode(String issuerCode) {
        // jurisdictions first: every document issued before schools issued is a township's. Codes do not collide:
        // division codes have 6, 9 or 12 digits, a school's identification code 10.
        Jurisdiction j = jurisdictions.find(issuerCode).orElse(null);
        if (j != null) {
            return j.level() == JurisdictionLevel.COUNTY ? countyBureau(j) : township(j);
        }
        return school(jurisdictions.school(issuerCode)
                .orElseThrow(() -> new IllegalStateException("no issuing body has the code " + issuerCode)));
    }

    /** The township that acts on the case, whose contact and address its notices' defaults cite. */
    IssuingBody township(CaseView c) {
        return township(jurisdiction(c.townshipCode()));
    }

    /** 403 unless the user may correct or void a document of this issuer (visibility is checked by the caller). */
    void requireMayAmend(String issuerCode, String issuerName, CurrentUser user) {
        boolean ownBody = switch (user.role()) {
            case SCHOOL_STAFF -> issuerCode.equals(user.schoolCode());
            case TOWNSHIP_OFFICER -> issuerCode.equals(user.townshipCode());
            case BUREAU_LEGAL, ADMIN -> true; // the caller has confined the document to the user's county
            case AUDITOR -> throw readOnly();
        };
        if (!ownBody) {
            throw new ForbiddenException("该文书由" + issuerName + "签发，只有" + issuerName + "或县教育局的工作人员可以更正或作废");
        }
    }

    private static IssuerKind actingFor(DocumentType type, CurrentUser user) {
        IssuerKind own = switch (user.role()) {
            case SCHOOL_STAFF -> SCHOOL;
            case TOWNSHIP_OFFICER -> TOWNSHIP;
            case BUREAU_LEGAL, ADMIN -> COUNTY_BUREAU;
            case AUDITOR -> throw readOnly();
        };
        if (type.issuers().contains(own)) {
            return own;
        }
        if (own == COUNTY_BUREAU && type.issuers().contains(TOWNSHIP)) {
            return TOWNSHIP;
        }
        throw new ForbiddenException("《" + type.title() + "》由"
                + type.issuers().stream().map(IssuerKind::label).collect(Collectors.joining("或")) + "签发");
    }

    private static ForbiddenException readOnly() {
        return new ForbiddenException("审计角色只能查看，不能签发、更正或作废文书");
    }

    private IssuingBody of(IssuerKind kind, CaseView c) {
        return switch (kind) {
            case SCHOOL -> school(jurisdictions.school(c.schoolCode())
                    .orElseThrow(() -> new NotFoundException("本案未登记学校，学校文书无从签发")));
            case TOWNSHIP -> township(c);
            case COUNTY_BUREAU -> countyBureau(jurisdiction(c.countyCode()));
        };
    }

    /**
     * A school has no settings of its own (they are per jurisdiction): it prints its name, in the number too, and
     * numbers by the patterns of the township it lies in. It names no court or reconsideration body: it takes no
     * administrative act that could be challenged.
     */
    private IssuingBody school(School school) {
        JurisdictionSettings s = jurisdictions.settingsFor(school.townshipCode());
        DocumentModel.Issuer issuer = new DocumentModel.Issuer(school.name(), school.name(), null, null, null, null,
                null, null, null);
        return new IssuingBody(SCHOOL, school.code(), issuer, patterns(s.text(Setting.DOCUMENT_NUMBER_PATTERNS)));
    }

    /** The township (street) government (乡镇人民政府 / 街道办事处). */
    private IssuingBody township(Jurisdiction township) {
        JurisdictionSettings s = jurisdictions.settingsFor(township.code());
        return body(TOWNSHIP, township.code(), s,
                township.name().endsWith("街道") ? township.name() + "办事处" : township.name() + "人民政府",
                township.shortName());
    }

    /** The county education bureau: the county's own ISSUER_* settings describe it (townships never inherit them). */
    private IssuingBody countyBureau(Jurisdiction county) {
        return body(COUNTY_BUREAU, county.code(), jurisdictions.settingsFor(county.code()), county.name() + "教育局",
                county.shortName() + "教");
    }

    private static IssuingBody body(IssuerKind kind, String code, JurisdictionSettings s, String defaultName,
                                    String defaultShortName) {
        DocumentModel.Issuer issuer = new DocumentModel.Issuer(orElse(s.text(Setting.ISSUER_NAME), defaultName),
                orElse(s.text(Setting.ISSUER_SHORT_NAME), defaultShortName), blank(s.text(Setting.ISSUER_ADDRESS)),
                blank(s.text(Setting.ISSUER_CONTACT_PERSON)), blank(s.text(Setting.ISSUER_PHONE)),
                blank(s.text(Setting.ISSUER_LEGAL_REPRESENTATIVE)),
                blank(s.text(Setting.ISSUER_LEGAL_REPRESENTATIVE_TITLE)), blank(s.text(Setting.COURT)),
                blank(s.text(Setting.RECONSIDERATION_BODY)));
        return new IssuingBody(kind, code, issuer, patterns(s.text(Setting.DOCUMENT_NUMBER_PATTERNS)));
    }

    private Jurisdiction jurisdiction(String code) {
        return jurisdictions.find(code).orElseThrow(() -> new NotFoundException("区划不存在：" + code));
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

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
