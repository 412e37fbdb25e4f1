package cn.fanxiao.accounts;

/**
 * Candidate group names used by the BPMN user tasks: role plus jurisdiction, so a township officer
 * only sees the tasks of their own township.
 */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    public static String school(String schoolCode) {
        return "school-staff:" + schoolCode;
    }

    public static String township(String townshipCode) {
        return "township-officer:" + townshipCode;
    }

    public static String bureauLegal(String countyCode) {
        return "bureau-legal:" + countyCode;
    }
}
