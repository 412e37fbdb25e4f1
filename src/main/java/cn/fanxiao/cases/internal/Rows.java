package cn.fanxiao.cases.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Table rows as MyBatis reads and writes them (fields mapped directly; generated ids written back).
 * Kept inside the module: other modules see {@code CaseView} and friends.
 */
final class Rows {

    private Rows() {
    }

    static class ChildRow {
        Long id;
        String name;
        String gender;
        LocalDate birthDate;
        String residentIdNumber;
        String studentRegistryNumber;
        String ethnicity;
        String householdAddress;
        boolean lowIncome;
        boolean disabled;
        boolean leftBehind;
        boolean migrant;
        Instant createdAt;
    }

    static class CaseRow {
        Long id;
        String caseNumber;
        String countyCode;
        int caseYear;
        int serial;
        long childId;
        Long openChildId;
        String townshipCode;
        String villageCode;
        String schoolCode;
        String grade;
        String className;
        String reasonCategory;
        String reasonDetail;
        LocalDate dropoutDate;
        String status;
        String stage;
        Long previousCaseId;
        LocalDate returnedOn;
        String returnedSchoolCode;
        String retentionList;
        String closureReason;
        String closureNote;
        LocalDate closedOn;
        String createdBy;
        Instant createdAt;
        Instant updatedAt;
        // joined for lists
        String childName;
    }

    static class GuardianRow {
        Long id;
        long caseId;
        int position;
        String relation;
        String name;
        String residentIdNumber;
        String phone;
        String address;
        String whereabouts;
        boolean worksInOtherProvince;
    }

    static class ResponsibleRow {
        Long id;
        long caseId;
        String line;
        String name;
        String position;
        String phone;
        String username;
    }

    static class VisitRow {
        Long id;
        long caseId;
        Instant visitedAt;
        String place;
        String method;
        String participants;
        String personsMet;
        String reasonAnalysis;
        String outcome;
        LocalDate agreedReturnDate;
        String nextStep;
        String recordedBy;
        Instant recordedAt;
    }

    /** Search parameters after scoping. */
    static class SearchRow {
        String countyCode;
        String townshipCode;
        String schoolCode;
        String stage;
        String status;
        String childName;
        java.util.Collection<Long> onlyIds;
        java.util.Collection<Long> excludeIds;
        int offset;
        int limit;
    }
}
