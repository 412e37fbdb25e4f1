package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.deadlines.NewService;
import cn.fanxiao.deadlines.NewServiceAttempt;
import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceMethod;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.shared.FieldError;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.PersonNames;

/**
 * The rules of service (legal-process.md §3.2), checked before anything is written. Every broken rule is reported
 * at once, each naming its field, so an officer in a village fixes the form in one go.
 */
final class ServiceRules {

    private static final int NAME_MAX = 50;
    private static final int SHORT_TEXT_MAX = 200;
    private static final int TEXT_MAX = 500;
    private static final int MAX_SERVERS = 5;
    private static final int MAX_EVIDENCE = 20;
    private static final int REF_MAX = 100;

    private ServiceRules() {
    }

    static void checkNew(NewService s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.document() == null) {
            errors.add(new FieldError("document", "请选择所送达的文书"));
        }
        if (s.issuedOn() == null) {
            errors.add(new FieldError("issuedOn", "请填写文书签发日期"));
        } else if (s.issuedOn().isAfter(LegalTime.today())) {
            errors.add(new FieldError("issuedOn", "签发日期不能晚于今天"));
        }
        text("documentNumber", s.documentNumber(), 160, false, errors);
        name("recipient", "受送达人", s.recipient(), true, errors);
        text("address", s.address(), SHORT_TEXT_MAX, true, errors);
        throwIfAny(errors);
    }

    /** @param record the service as it stands, with its earlier attempts */
    static void checkAttempt(ServiceRecord record, NewServiceAttempt a) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LegalTime.today();
        if (a.method() == null) {
            errors.add(new FieldError("method", "请选择送达方式"));
        }
        if (a.served() == null) {
            errors.add(new FieldError("served", "请选择是否送达成功"));
        }
        if (a.attemptedAt() == null) {
            errors.add(new FieldError("attemptedAt", "请填写送达时间"));
        } else if (a.attemptedAt().toLocalDate().isAfter(today)) {
            errors.add(new FieldError("attemptedAt", "送达时间不能晚于今天"));
        } else if (a.attemptedAt().toLocalDate().isBefore(record.issuedOn())) {
            errors.add(new FieldError("attemptedAt", "送达时间不能早于文书签发日期（" + record.issuedOn() + "）"));
        }
        names("servers", "送达人", a.servers(), MAX_SERVERS, errors);
        refs(a.evidenceRefs(), errors);
        text("note", a.note(), TEXT_MAX, false, errors);
        if (a.method() != null && a.served() != null) {
            if (a.served()) {
                checkSuccess(record, a, today, errors);
            } else {
                checkFailure(a, errors);
            }
            checkDemandLetter(record, a, errors);
        }
        throwIfAny(errors);
    }

    private static void checkSuccess(ServiceRecord record, NewServiceAttempt a, LocalDate today,
                                     List<FieldError> errors) {
        switch (a.method()) {
            case DIRECT -> {
                // Art. 88: an adult family member living with the recipient may sign in their place
                name("receivedBy", "签收人", a.receivedBy(), true, errors);
                if (a.receivedBy() != null && !a.receivedBy().isBlank()
                        && !a.receivedBy().strip().equals(record.recipient())) {
                    text("receiverRelation", a.receiverRelation(), 20, true,
                            "签收人不是受送达人本人时，须注明其与受送达人的关系（同住成年家属）", errors);
                }
            }
            case LEFT_AFTER_REFUSAL -> {
                text("refusalReason", a.refusalReason(), SHORT_TEXT_MAX, true, "留置送达须记明拒收事由", errors);
                name("witnessName", "见证人", a.witnessName(), true, errors);
                text("witnessOrganisation", a.witnessOrganisation(), 100, true,
                        "留置送达须记明见证人所在的基层组织或单位", errors);
            }
            case POST -> {
                if (a.returnSlipDate() == null) {
                    errors.add(new FieldError("returnSlipDate", "邮寄送达以回执上注明的收件日期为送达日期，请填写"));
                } else if (a.returnSlipDate().isAfter(today)) {
                    errors.add(new FieldError("returnSlipDate", "回执收件日期不能晚于今天"));
                } else if (a.attemptedAt() != null && a.returnSlipDate().isBefore(a.attemptedAt().toLocalDate())) {
                    errors.add(new FieldError("returnSlipDate", "回执收件日期不能早于寄出日期"));
                }
            }
            case ELECTRONIC -> {
                text("consentRef", a.consentRef(), REF_MAX, true, "电子送达须经受送达人同意，请填写同意书或同意记录编号", errors);
                if (record.document() == ServedDocument.PENALTY_DECISION && !Boolean.TRUE.equals(a.consentSigned())) {
                    errors.add(new FieldError("consentSigned",
                            "行政处罚决定书电子送达须当事人签署确认书（行政处罚法第61条）"));
                }
            }
            case PUBLIC_NOTICE -> {
                boolean failedBefore = record.attempts().stream().anyMatch(t -> !t.served());
                if (!failedBefore) {
                    errors.add(new FieldError("method", "公告送达须在其他方式无法送达后采用：请先登记至少一次未能送达的记录"));
                }
                if (a.publishedOn() == null) {
                    errors.add(new FieldError("publishedOn", "请填写公告发布日期"));
                } else if (a.publishedOn().isAfter(today)) {
                    errors.add(new FieldError("publishedOn", "公告发布日期不能晚于今天"));
                } else if (a.publishedOn().isBefore(record.issuedOn())) {
                    errors.add(new FieldError("publishedOn", "公告发布日期不能早于文书签发日期（" + record.issuedOn() + "）"));
                }
                text("noticeMedium", a.noticeMedium(), 100, true, "请填写公告方式或载体（如公告栏、报纸、网站）", errors);
                text("noticeReason", a.noticeReason(), TEXT_MAX, true, "公告送达须在卷中记明原因和经过", errors);
            }
        }
    }

    private static void checkFailure(NewServiceAttempt a, List<FieldError> errors) {
        if (a.method() == ServiceMethod.LEFT_AFTER_REFUSAL || a.method() == ServiceMethod.PUBLIC_NOTICE) {
            errors.add(new FieldError("served", a.method().label() + "依法视为送达，不能登记为未送达"));
            return;
        }
        text("failureReason", a.failureReason(), SHORT_TEXT_MAX, true, "请填写未能送达的原因", errors);
    }

    /**
     * 行政强制法 Art. 38: a demand letter is served directly; other methods of the civil procedure law only after the
     * party refused or direct service proved impossible. Leaving it after a refusal is itself the refusal case.
     */
    private static void checkDemandLetter(ServiceRecord record, NewServiceAttempt a, List<FieldError> errors) {
        if (record.document() != ServedDocument.DEMAND_LETTER || !a.served()
                || a.method() == ServiceMethod.DIRECT || a.method() == ServiceMethod.LEFT_AFTER_REFUSAL) {
            return;
        }
        boolean directFailed = record.attempts().stream()
                .anyMatch(t -> !t.served() && t.method() == ServiceMethod.DIRECT);
        if (!directFailed) {
            errors.add(new FieldError("method", "催告书应当直接送达；只有直接送达未果后才可" + a.method().label() + "（行政强制法第38条）"));
        }
    }

    private static void names(String field, String label, List<String> values, int max, List<FieldError> errors) {
        if (values == null || values.stream().allMatch(v -> v == null || v.isBlank())) {
            errors.add(new FieldError(field, "请填写" + label + "（建议两名执法人员）"));
            return;
        }
        if (values.size() > max) {
            errors.add(new FieldError(field, label + "最多" + max + "人"));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            name(field + "[" + i + "]", label, values.get(i), true, errors);
        }
    }

    private static void refs(List<String> values, List<FieldError> errors) {
        if (values == null || values.stream().allMatch(v -> v == null || v.isBlank())) {
            errors.add(new FieldError("evidenceRefs", "每次送达须登记证据（签收的送达回证、照片或录像编号）"));
            return;
        }
        if (values.size() > MAX_EVIDENCE) {
            errors.add(new FieldError("evidenceRefs", "证据最多" + MAX_EVIDENCE + "项"));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            text("evidenceRefs[" + i + "]", values.get(i), REF_MAX, true, errors);
            if (values.get(i) != null && values.get(i).contains(";")) {
                errors.add(new FieldError("evidenceRefs[" + i + "]", "证据编号不能含分号"));
            }
        }
    }

    private static void name(String field, String label, String value, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "请填写" + label + "姓名"));
            }
        } else if (value.strip().length() > NAME_MAX) {
            errors.add(new FieldError(field, label + "姓名不能超过" + NAME_MAX + "个字"));
        } else if (!PersonNames.valid(value)) {
            errors.add(new FieldError(field, PersonNames.INVALID));
        }
    }

    private static void text(String field, String value, int max, boolean required, List<FieldError> errors) {
        text(field, value, max, required, "此项必填", errors);
    }

    private static void text(String field, String value, int max, boolean required, String missing,
                             List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, missing));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "不能超过" + max + "个字"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The served date an attempt establishes (checked input). */
    static LocalDate servedDate(NewServiceAttempt a, LocalDate deemedByNotice) {
        return switch (a.method()) {
            case POST -> a.returnSlipDate();
            case PUBLIC_NOTICE -> deemedByNotice;
            default -> a.attemptedAt().toLocalDate();
        };
    }

    static String join(List<String> values) {
        return String.join(";", values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(";"));
    }
}
