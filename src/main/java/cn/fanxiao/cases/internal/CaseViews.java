package cn.fanxiao.cases.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseStatus;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.ClosureReason;
import cn.fanxiao.cases.Gender;
import cn.fanxiao.cases.ReasonCategory;
import cn.fanxiao.cases.ResponsibleLine;
import cn.fanxiao.cases.ResponsiblePersonData;
import cn.fanxiao.cases.RetentionList;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.cases.Visit;
import cn.fanxiao.cases.VisitMethod;
import cn.fanxiao.cases.VisitOutcome;
import cn.fanxiao.shared.Masking;

/** Assembles a {@link CaseView}; ID numbers are masked for every signed-in reader (documents get them whole). */
@Component
class CaseViews {

    private final CaseMapper mapper;

    CaseViews(CaseMapper mapper) {
        this.mapper = mapper;
    }

    /** @param reader the user reading, or null for the process (unmasked) */
    CaseView view(Rows.CaseRow c, CurrentUser reader) {
        boolean mask = reader != null;
        Rows.ChildRow ch = mapper.child(c.childId);
        CaseView.ChildView child = new CaseView.ChildView(ch.id, ch.name, Gender.valueOf(ch.gender), ch.birthDate,
                mask ? Masking.idNumber(ch.residentIdNumber) : ch.residentIdNumber, ch.studentRegistryNumber,
                ch.ethnicity, ch.householdAddress, ch.lowIncome, ch.disabled, ch.leftBehind, ch.migrant);
        List<CaseView.GuardianView> guardians = mapper.guardians(c.id).stream()
                .map(g -> new CaseView.GuardianView(g.relation, g.name,
                        mask ? Masking.idNumber(g.residentIdNumber) : g.residentIdNumber, g.phone, g.address,
                        g.whereabouts, g.worksInOtherProvince))
                .toList();
        List<ResponsiblePersonData> responsible = mapper.responsiblePersons(c.id).stream()
                .map(r -> new ResponsiblePersonData(ResponsibleLine.valueOf(r.line), r.name, r.position, r.phone, r.username))
                .toList();
        Stage stage = Stage.valueOf(c.stage);
        return new CaseView(c.id, c.caseNumber, CaseStatus.valueOf(c.status), stage, stage.label(), c.countyCode,
                c.townshipCode, c.villageCode, c.schoolCode, c.grade, c.className,
                ReasonCategory.valueOf(c.reasonCategory), c.reasonDetail, c.dropoutDate, child, guardians, responsible,
                c.previousCaseId, c.returnedOn, c.returnedSchoolCode,
                c.retentionList == null ? null : RetentionList.valueOf(c.retentionList),
                c.closureReason == null ? null : ClosureReason.valueOf(c.closureReason), c.closureNote, c.closedOn,
                c.createdBy, c.createdAt);
    }

    static Visit visit(Rows.VisitRow v) {
        return new Visit(v.id, v.caseId, v.visitedAt, v.place, VisitMethod.valueOf(v.method), v.participants,
                v.personsMet, v.reasonAnalysis, VisitOutcome.valueOf(v.outcome), v.agreedReturnDate, v.nextStep,
                v.recordedBy, v.recordedAt);
    }
}
