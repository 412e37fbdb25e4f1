package cn.fanxiao.enforcement.internal;

import static cn.fanxiao.enforcement.FormFieldType.AMOUNT;
import static cn.fanxiao.enforcement.FormFieldType.DATE;
import static cn.fanxiao.enforcement.FormFieldType.DATE_TIME;
import static cn.fanxiao.enforcement.FormFieldType.DOCUMENT;
import static cn.fanxiao.enforcement.FormFieldType.ENUM;
import static cn.fanxiao.enforcement.FormFieldType.INTEGER;
import static cn.fanxiao.enforcement.FormFieldType.TEXT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.fanxiao.cases.ClosureReason;
import cn.fanxiao.cases.RetentionList;
import cn.fanxiao.cases.VisitMethod;
import cn.fanxiao.cases.VisitOutcome;
import cn.fanxiao.enforcement.FormField;
import cn.fanxiao.enforcement.FormField.Condition;
import cn.fanxiao.enforcement.FormField.Option;
import cn.fanxiao.enforcement.FormFieldType;
import cn.fanxiao.enforcement.process.DecideAfterReturn;
import cn.fanxiao.enforcement.process.DecidePenalty;
import cn.fanxiao.enforcement.process.HandleStatement;
import cn.fanxiao.enforcement.process.ProcessVariables;
import cn.fanxiao.enforcement.process.RecordCivilOutcome;
import cn.fanxiao.enforcement.process.RecordCourtRuling;
import cn.fanxiao.enforcement.process.SignDocument;
import cn.fanxiao.enforcement.process.VerifyDropout;

/**
 * The form of every user task of {@code dropoutEnforcement}: task key → fields. The same table validates what a
 * client sends and tells the client what to send.
 */
final class TaskForms {

    private static final int TEXT_MAX = 500;

    /** Fields a gateway reads after the task: they become process variables, the rest stay on the task. */
    static final Set<String> PROCESS_FIELDS = Set.of(VerifyDropout.VERIFICATION, HandleStatement.STATEMENT_OUTCOME,
            DecidePenalty.PENALTY_DECISION, DecideAfterReturn.AFTER_RETURN_ACTION);

    /** Returns go through 登记复学 (retention monitoring follows); relapse is the process's own path. */
    private static final Set<ClosureReason> NOT_APPROVABLE = EnumSet.of(ClosureReason.RETURNED, ClosureReason.RELAPSED);

    private static final Option[] RULINGS = options(RecordCourtRuling.Ruling.values(), RecordCourtRuling.Ruling::label);

    private static final Map<String, List<FormField>> FORMS = Map.ofEntries(
            Map.entry("verifyDropout", List.of(
                    choice(VerifyDropout.VERIFICATION, "核查结果",
                            options(VerifyDropout.Outcome.values(), VerifyDropout.Outcome::label)),
                    text("note", "核查说明", false))),
            // 审核并签发 tasks: the notice's details; what the officer leaves out is filled from the case
            Map.entry("signReturnNotice", signing()),
            Map.entry("signOrderToReturn", signing()),
            Map.entry("signPriorNotice", signing()),
            Map.entry("signPenaltyDecision", signing()),
            Map.entry("signDemandLetter", signing()),
            // 送达 tasks: the served date comes from the document's service record (ServedDates), not the form
            Map.entry("issueReturnNotice", List.of()),
            Map.entry("recordPersuasionVisit", List.of(
                    field("visitedAt", "走访时间", DATE_TIME, true, true),
                    text("place", "走访地点", true),
                    choice("method", "走访方式", options(VisitMethod.values(), VisitMethod::label)),
                    text("participants", "参加人员", true),
                    text("personsMet", "见到的人员", true),
                    text("reasonAnalysis", "原因分析", true),
                    choice("outcome", "劝返结果", options(VisitOutcome.values(), VisitOutcome::label)),
                    requiredWhen(field("agreedReturnDate", "约定复学日期", DATE, false, false),
                            "outcome", VisitOutcome.AGREED_TO_RETURN.name()),
                    text("nextStep", "下一步措施", false))),
            Map.entry("serveOrderToReturn", List.of(
                    new FormField("periodDays", "改正期限（日），不填按本地默认", INTEGER, false, null, null, false, 1, 60))),
            Map.entry("openPenaltyCase", List.of(
                    pastDate("openedOn", "立案日期"))),
            Map.entry("servePriorNotice", List.of()),
            Map.entry("handleStatement", List.of(
                    choice(HandleStatement.STATEMENT_OUTCOME, "陈述申辩情况",
                            options(HandleStatement.Outcome.values(), HandleStatement.Outcome::label)),
                    text("note", "陈述申辩要点及复核意见", false))),
            Map.entry("holdHearing", List.of(
                    pastDate("heldOn", "听证日期"),
                    text("note", "听证情况", false))),
            Map.entry("decidePenalty", List.of(
                    choice(DecidePenalty.PENALTY_DECISION, "处罚决定",
                            options(DecidePenalty.Decision.values(), DecidePenalty.Decision::label)),
                    pastDate("decidedOn", "决定日期"),
                    requiredWhen(new FormField("fineAmount", "罚款金额（元）", AMOUNT, false, null, null, false, null, null),
                            DecidePenalty.PENALTY_DECISION, DecidePenalty.Decision.PENALISE.name()),
                    text("note", "决定理由", false))),
            Map.entry("servePenaltyDecision", List.of()),
            Map.entry("serveDemandLetter", List.of()),
            Map.entry("applyToCourt", List.of(
                    pastDate("filedOn", "申请日期"),
                    text("court", "受理法院", false))),
            Map.entry("recordCourtRuling", List.of(
                    choice("courtRuling", "法院裁定", RULINGS),
                    pastDate("ruledOn", "裁定日期"),
                    text("note", "备注", false))),
            Map.entry("fileCivilComplaint", List.of(
                    pastDate("filedOn", "起诉日期"),
                    text("court", "受诉法院", false))),
            Map.entry("recordCourtAcceptance", List.of(
                    pastDate("acceptedOn", "受理日期"))),
            Map.entry("recordCivilOutcome", List.of(
                    choice("civilOutcome", "结果",
                            options(RecordCivilOutcome.Outcome.values(), RecordCivilOutcome.Outcome::label)),
                    pastDate("decidedOn", "调解或判决日期"),
                    text("note", "备注", false))),
            Map.entry("approveClosure", List.of(
                    choice(ProcessVariables.CLOSURE_REASON, "结案原因",
                            options(Arrays.stream(ClosureReason.values()).filter(r -> !NOT_APPROVABLE.contains(r))
                                    .toArray(ClosureReason[]::new), ClosureReason::label)),
                    requiredWhen(text(ProcessVariables.CLOSURE_NOTE, "结案说明", false),
                            ProcessVariables.CLOSURE_REASON, ClosureReason.OTHER.name()))),
            Map.entry("decideAfterReturn", List.of(
                    choice(DecideAfterReturn.AFTER_RETURN_ACTION, "罚款处理",
                            options(DecideAfterReturn.Action.values(), DecideAfterReturn.Action::label)),
                    requiredWhen(text("note", "理由", false), DecideAfterReturn.AFTER_RETURN_ACTION,
                            DecideAfterReturn.Action.NOT_PURSUED.name()))),
            Map.entry("enforceFineOnly", List.of(
                    pastDate("filedOn", "申请日期"),
                    choice("courtRuling", "法院裁定", RULINGS),
                    pastDate("ruledOn", "裁定日期"),
                    text("note", "执行情况", false))),
            Map.entry("reviewRetention", List.of(
                    choice(ProcessVariables.RETENTION_LIST, "名单",
                            new Option(RetentionList.RED.name(), "红名单（不稳定）"),
                            new Option(RetentionList.WHITE.name(), "白名单（稳定，需学校和乡镇签认）")),
                    text("note", "跟踪情况", false))),
            Map.entry("contactRedListFamily", List.of(
                    pastDate("contactedOn", "联系日期"),
                    choice("method", "联系方式", options(VisitMethod.values(), VisitMethod::label)),
                    text("note", "联系情况", true))));

    private TaskForms() {
    }

    /** Whether the table knows the task (a 送达 task is known with no fields). */
    static boolean declares(String taskKey) {
        return FORMS.containsKey(taskKey);
    }

    /** The fields of a task; empty for a task without a form. */
    static List<FormField> of(String taskKey) {
        return FORMS.getOrDefault(taskKey, List.of());
    }

    /**
     * The structured answers in one Chinese line for the audit log: dates, choices (by label), numbers and
     * amounts. Free text is left out: it may carry names or phone numbers and stays in the engine's history.
     */
    static String outcome(List<FormField> fields, Map<String, Object> values) {
        return fields.stream()
                .filter(f -> f.type() != TEXT && f.type() != DOCUMENT && values.containsKey(f.name()))
                .map(f -> f.label() + "：" + display(f, values.get(f.name())))
                .collect(java.util.stream.Collectors.joining("，"));
    }

    private static String display(FormField field, Object value) {
        return field.options().stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst()
                .orElse(String.valueOf(value));
    }

    private static FormField field(String name, String label, FormFieldType type, boolean required,
                                   boolean notInFuture) {
        return new FormField(name, label, type, required, null, null, notInFuture, null, type == TEXT ? TEXT_MAX : null);
    }

    /** the day something already happened: served, filed, decided */
    private static FormField pastDate(String name, String label) {
        return field(name, label, DATE, true, true);
    }

    /** Optional: a notice whose every element the case, the settings and earlier documents supply needs no input. */
    private static List<FormField> signing() {
        return List.of(new FormField(SignDocument.DETAILS, "文书内容（未填的项目按本案、本地设置和已送达文书自动填写）",
                DOCUMENT, false, null, null, false, null, null));
    }

    private static FormField text(String name, String label, boolean required) {
        return field(name, label, TEXT, required, false);
    }

    private static FormField choice(String name, String label, Option... options) {
        return new FormField(name, label, ENUM, true, null, List.of(options), false, null, null);
    }

    private static FormField requiredWhen(FormField f, String otherField, String value) {
        return new FormField(f.name(), f.label(), f.type(), false, new Condition(otherField, value), f.options(),
                f.notInFuture(), f.min(), f.max());
    }

    private static <E extends Enum<E>> Option[] options(E[] values, java.util.function.Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toArray(Option[]::new);
    }
}
