package cn.fanxiao.enforcement.process;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.fanxiao.deadlines.DeadlineKind;

/**
 * The names of the process variables. The process holds ids, routing decisions and due dates only; the case
 * itself lives in the cases module.
 */
public final class ProcessVariables {

    public static final String PROCESS_KEY = "dropoutEnforcement";

    public static final String CASE_ID = "caseId";
    public static final String COUNTY_CODE = "countyCode";
    public static final String TOWNSHIP_CODE = "townshipCode";
    public static final String SCHOOL_CODE = "schoolCode";

    /** set once the penalty decision has been served: a later return leaves the fine to decide on */
    public static final String PENALTY_DECISION_SERVED = "penaltyDecisionServed";
    /** RED or WHITE during retention monitoring; the red-list contact timer reads it */
    public static final String RETENTION_LIST = "retentionList";
    /** the later of the statement window and the hearing-request window: no decision before both have run */
    public static final String STATEMENT_PHASE_EXPIRES_AT = "statementPhaseExpiresAt";
    public static final String PERSUASION_VISIT_CYCLE = "persuasionVisitCycle";
    public static final String RETENTION_CONTACT_CYCLE = "retentionContactCycle";

    // message payloads
    public static final String RETURNED_ON = "returnedOn";
    public static final String RETURNED_SCHOOL_CODE = "returnedSchoolCode";
    public static final String ACTOR = "actor";
    public static final String CLOSURE_REASON = "closureReason";
    public static final String CLOSURE_NOTE = "closureNote";
    public static final String DROPOUT_DATE = "dropoutDate";

    /** task-local: the visit a completed {@code recordPersuasionVisit} task stands for, when recorded elsewhere */
    public static final String VISIT_ID = "visitId";

    // messages
    public static final String CHILD_RETURNED = "childReturned";
    public static final String CLOSURE_REQUESTED = "closureRequested";
    public static final String RELAPSE = "relapse";

    private ProcessVariables() {
    }

    /** {@code RETURN_NOTICE} → {@code returnNoticeExpiresAt}: the timer date of a deadline's end. */
    public static String expiresAt(DeadlineKind kind) {
        return camel(kind) + "ExpiresAt";
    }

    /** {@code RETURN_NOTICE} → {@code returnNoticeReminderAt}: the timer date of a deadline's reminder. */
    public static String reminderAt(DeadlineKind kind) {
        return camel(kind) + "ReminderAt";
    }

    public static long caseId(VariableScope scope) {
        return ((Number) scope.getVariable(CASE_ID)).longValue();
    }

    public static String townshipCode(VariableScope scope) {
        return (String) scope.getVariable(TOWNSHIP_CODE);
    }

    public static String countyCode(VariableScope scope) {
        return (String) scope.getVariable(COUNTY_CODE);
    }

    private static String camel(DeadlineKind kind) {
        StringBuilder name = new StringBuilder();
        for (String part : kind.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }
}
