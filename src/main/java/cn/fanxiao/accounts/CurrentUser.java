package cn.fanxiao.accounts;

import java.util.List;

/**
 * The signed-in user with the jurisdiction that scopes every query.
 * {@code countyCode} is always set; {@code townshipCode} for township officers and school staff;
 * {@code schoolCode} for school staff only.
 */
public record CurrentUser(String username, String displayName, Role role,
                          String countyCode, String townshipCode, String schoolCode) {

    public static final String SYSTEM = "system";

    /** A user acting for the system itself (timers, demo loader, benchmarks): county-wide. */
    public static CurrentUser system(String countyCode) {
        return new CurrentUser(SYSTEM, "系统", Role.ADMIN, countyCode, null, null);
    }

    public boolean readOnly() {
        return role == Role.AUDITOR;
    }

    /** Camunda candidate groups this user belongs to: role and jurisdiction together. */
    public List<String> candidateGroups() {
        return switch (role) {
            case SCHOOL_STAFF -> List.of(CandidateGroups.school(schoolCode));
            case TOWNSHIP_OFFICER -> List.of(CandidateGroups.township(townshipCode));
            case BUREAU_LEGAL, ADMIN -> List.of(CandidateGroups.bureauLegal(countyCode));
            case AUDITOR -> List.of();
        };
    }

    /** Whether a case in this township / school is inside the user's jurisdiction. */
    public boolean canSee(String caseCountyCode, String caseTownshipCode, String caseSchoolCode) {
        if (!countyCode.equals(caseCountyCode)) {
            return false;
        }
        return switch (role) {
            case SCHOOL_STAFF -> schoolCode.equals(caseSchoolCode);
            case TOWNSHIP_OFFICER -> townshipCode.equals(caseTownshipCode);
            default -> true;
        };
    }
}
