package cn.fanxiao.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as users and other modules read it. ID numbers are masked for signed-in readers
 * ({@link cn.fanxiao.shared.Masking}); the process reads them whole for documents.
 */
public record CaseView(long id, String caseNumber, CaseStatus status, Stage stage, String stageLabel,
                       String countyCode, String townshipCode, String villageCode, String schoolCode,
                       String grade, String className, ReasonCategory reasonCategory, String reasonDetail,
                       LocalDate dropoutDate, ChildView child, List<GuardianView> guardians,
                       List<ResponsiblePersonData> responsiblePersons, Long previousCaseId,
                       LocalDate returnedOn, String returnedSchoolCode, RetentionList retentionList,
                       ClosureReason closureReason, String closureNote, LocalDate closedOn,
                       String createdBy, Instant createdAt) {

    public record ChildView(long id, String name, Gender gender, LocalDate birthDate, String residentIdNumber,
                            String studentRegistryNumber, String ethnicity, String householdAddress,
                            boolean lowIncome, boolean disabled, boolean leftBehind, boolean migrant) {
    }

    public record GuardianView(String relation, String name, String residentIdNumber, String phone, String address,
                               String whereabouts, boolean worksInOtherProvince) {
    }
}
