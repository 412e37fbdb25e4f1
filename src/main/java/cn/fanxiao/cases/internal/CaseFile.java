package cn.fanxiao.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.cases.CaseEvents;
import cn.fanxiao.cases.CaseSearch;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseStatus;
import cn.fanxiao.cases.CaseSummary;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.ChildData;
import cn.fanxiao.cases.ClosureReason;
import cn.fanxiao.cases.ClosureRequest;
import cn.fanxiao.cases.GuardianData;
import cn.fanxiao.cases.NewCase;
import cn.fanxiao.cases.RetentionList;
import cn.fanxiao.cases.ReturnReport;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.cases.Visit;
import cn.fanxiao.cases.VisitData;
import cn.fanxiao.cases.VisitOutcome;
import cn.fanxiao.deadlines.Deadlines;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.shared.ConflictException;
import cn.fanxiao.shared.FieldError;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.NotFoundException;

/** The case file: every write is one transaction, every read is scoped to the user's jurisdiction. */
@Service
@Transactional
class CaseFile implements CaseService {

    private final CaseMapper mapper;
    private final CaseRules rules;
    private final CaseViews views;
    private final Jurisdictions jurisdictions;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final CaseNumberSequence sequence;

    CaseFile(CaseMapper mapper, CaseRules rules, CaseViews views, Jurisdictions jurisdictions, Deadlines deadlines,
             ApplicationEventPublisher events, CaseNumberSequence sequence) {
        this.sequence = sequence;
        this.mapper = mapper;
        this.rules = rules;
        this.views = views;
        this.jurisdictions = jurisdictions;
        this.deadlines = deadlines;
        this.events = events;
    }

    @Override
    public CaseView open(NewCase command, CurrentUser user) {
        writable(user);
        CaseRules.Checked checked = rules.check(command, user);
        Rows.ChildRow child = existingChild(checked);
        if (child != null) {
            Rows.CaseRow open = mapper.openCaseOfChild(child.id);
            if (open != null) {
                String field = checked.childIdNumber() != null ? "child.residentIdNumber" : "child.studentRegistryNumber";
                throw new ConflictException(field, "该学生已有未结案件：" + open.caseNumber + "，不能重复立案");
            }
        }
        Rows.CaseRow previous = child == null ? null : mapper.latestCaseOfChild(child.id);
        Long previousCaseId = previous == null ? null : previous.id;
        child = saveChild(child, command.child(), checked.childIdNumber());
        Rows.CaseRow row = insertCase(command, checked, child.id, previousCaseId, user.username());
        return views.view(row, user);
    }

    private Rows.CaseRow insertCase(NewCase command, CaseRules.Checked checked, long childId, Long previousCaseId,
                                    String actor) {
        Instant now = LegalTime.now();
        String county = checked.school().countyCode();
        int year = LegalTime.today().getYear();
        int serial = nextSerial(county, year);

        Rows.CaseRow row = new Rows.CaseRow();
        row.caseNumber = caseNumber(county, checked.school().townshipCode(), year, serial);
        row.countyCode = county;
        row.caseYear = year;
        row.serial = serial;
        row.childId = childId;
        row.openChildId = childId;
        row.townshipCode = checked.school().townshipCode();
        row.villageCode = CaseRules.blank(command.villageCode()) ? null : command.villageCode();
        row.schoolCode = checked.school().code();
        row.grade = command.grade().strip();
        row.className = command.className();
        row.reasonCategory = command.reasonCategory().name();
        row.reasonDetail = command.reasonDetail();
        row.dropoutDate = command.dropoutDate();
        row.status = CaseStatus.OPEN.name();
        row.stage = Stage.VERIFICATION.name();
        row.previousCaseId = previousCaseId;
        row.createdBy = actor;
        row.createdAt = now;
        row.updatedAt = now;
        mapper.insertCase(row);

        List<GuardianData> guardians = command.guardians();
        mapper.insertGuardians(IntStream.range(0, guardians.size()).mapToObj(i -> {
            GuardianData g = guardians.get(i);
            Rows.GuardianRow r = new Rows.GuardianRow();
            r.caseId = row.id;
            r.position = i;
            r.relation = g.relation().strip();
            r.name = g.name().strip();
            r.residentIdNumber = checked.guardianIdNumbers().get(i);
            r.phone = CaseRules.blank(g.phone()) ? null : g.phone().strip();
            r.address = g.address();
            r.whereabouts = g.whereabouts();
            r.worksInOtherProvince = g.worksInOtherProvince();
            return r;
        }).toList());
        if (!command.responsiblePersons().isEmpty()) {
            mapper.insertResponsiblePersons(command.responsiblePersons().stream().map(p -> {
                Rows.ResponsibleRow r = new Rows.ResponsibleRow();
                r.caseId = row.id;
                r.line = p.line().name();
                r.name = p.name().strip();
                r.position = p.position();
                r.phone = p.phone();
                r.username = p.username();
                return r;
            }).toList());
        }
        events.publishEvent(new CaseEvents.CaseOpened(row.id, row.caseNumber, county, row.townshipCode,
                row.schoolCode, previousCaseId, actor));
        return mapper.find(row.id);
    }

    /** One serial per county and year, allocated in this transaction (see {@link CaseNumberSequence}). */
    private int nextSerial(String county, int year) {
        return sequence.next(county, year, () -> sequence.ensureYear(county, year));
    }

    private String caseNumber(String county, String township, int year, int serial) {
        String pattern = jurisdictions.settingsFor(township).text(Setting.CASE_NUMBER_PATTERN);
        String countyShort = jurisdictions.find(county).map(j -> j.shortName()).orElse(county);
        String townshipShort = jurisdictions.find(township).map(j -> j.shortName()).orElse(township);
        return pattern.replace("{county}", countyShort)
                .replace("{township}", townshipShort)
                .replace("{year}", Integer.toString(year))
                .replace("{n}", Integer.toString(serial));
    }

    private Rows.ChildRow existingChild(CaseRules.Checked checked) {
        Rows.ChildRow byId = checked.childIdNumber() == null ? null : mapper.childByIdNumber(checked.childIdNumber());
        if (byId != null) {
            return byId;
        }
        String registry = checked.command().child().studentRegistryNumber();
        return CaseRules.blank(registry) ? null : mapper.childByRegistryNumber(registry.strip());
    }

    private Rows.ChildRow saveChild(Rows.ChildRow existing, ChildData data, String idNumber) {
        Rows.ChildRow row = existing == null ? new Rows.ChildRow() : existing;
        row.name = data.name().strip();
        row.gender = data.gender().name();
        row.birthDate = data.birthDate();
        row.residentIdNumber = idNumber != null ? idNumber : row.residentIdNumber;
        row.studentRegistryNumber = CaseRules.blank(data.studentRegistryNumber())
                ? row.studentRegistryNumber : data.studentRegistryNumber().strip();
        row.ethnicity = data.ethnicity();
        row.householdAddress = data.householdAddress();
        row.lowIncome = data.lowIncome();
        row.disabled = data.disabled();
        row.leftBehind = data.leftBehind();
        row.migrant = data.migrant();
        if (existing == null) {
            row.createdAt = LegalTime.now();
            mapper.insertChild(row);
        } else {
            mapper.updateChild(row);
        }
        return row;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseView get(long caseId, CurrentUser user) {
        return views.view(visible(caseId, user), user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseSummary> search(CaseSearch search, CurrentUser user) {
        Rows.SearchRow s = new Rows.SearchRow();
        s.countyCode = user.countyCode();
        s.townshipCode = user.role() == Role.TOWNSHIP_OFFICER || user.role() == Role.SCHOOL_STAFF
                ? user.townshipCode() : search.townshipCode();
        s.schoolCode = user.role() == Role.SCHOOL_STAFF ? user.schoolCode() : null;
        if (search.townshipCode() != null && !search.townshipCode().equals(s.townshipCode)) {
            return List.of();
        }
        s.stage = search.stage() == null ? null : search.stage().name();
        s.status = search.status() == null ? null : search.status().name();
        s.childName = CaseRules.blank(search.childName()) ? null : search.childName().strip();
        LocalDate today = LegalTime.today();
        if (search.overdue() != null) {
            Set<Long> overdue = deadlines.overdueCaseIds(today);
            if (search.overdue()) {
                if (overdue.isEmpty()) {
                    return List.of();
                }
                s.onlyIds = overdue;
            } else {
                s.excludeIds = overdue;
            }
        }
        s.offset = search.page() * search.size();
        s.limit = search.size();
        List<Rows.CaseRow> rows = mapper.search(s);
        Map<Long, LocalDate> due = deadlines.nextDue(rows.stream().map(r -> r.id).toList());
        return rows.stream().map(r -> {
            LocalDate next = due.get(r.id);
            Stage stage = Stage.valueOf(r.stage);
            return new CaseSummary(r.id, r.caseNumber, CaseStatus.valueOf(r.status), stage, stage.label(),
                    r.childName, r.townshipCode, r.schoolCode, r.dropoutDate, next, next != null && today.isAfter(next));
        }).toList();
    }

    @Override
    public Visit recordVisit(long caseId, VisitData visit, CurrentUser user) {
        writable(user);
        Rows.CaseRow c = visible(caseId, user);
        if (!CaseStatus.OPEN.name().equals(c.status)) {
            throw new ConflictException("caseId", "案件已复学或已结案，不能再登记劝返走访");
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        if (visit.visitedAt().isAfter(LegalTime.now())) {
            errors.add(new FieldError("visitedAt", "走访时间不能晚于现在"));
        }
        LocalDate visitDay = LocalDate.ofInstant(visit.visitedAt(), LegalTime.ZONE);
        if (visitDay.isBefore(c.dropoutDate)) {
            errors.add(new FieldError("visitedAt", "走访时间不能早于辍学日期"));
        }
        if (visit.outcome() == VisitOutcome.AGREED_TO_RETURN && visit.agreedReturnDate() == null) {
            errors.add(new FieldError("agreedReturnDate", "同意复学时请填写约定复学日期"));
        }
        if (visit.agreedReturnDate() != null && visit.agreedReturnDate().isBefore(visitDay)) {
            errors.add(new FieldError("agreedReturnDate", "约定复学日期不能早于走访日期"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Rows.VisitRow row = new Rows.VisitRow();
        row.caseId = caseId;
        row.visitedAt = visit.visitedAt();
        row.place = visit.place().strip();
        row.method = visit.method().name();
        row.participants = visit.participants().strip();
        row.personsMet = visit.personsMet().strip();
        row.reasonAnalysis = visit.reasonAnalysis().strip();
        row.outcome = visit.outcome().name();
        row.agreedReturnDate = visit.agreedReturnDate();
        row.nextStep = visit.nextStep();
        row.recordedBy = user.username();
        row.recordedAt = LegalTime.now();
        mapper.insertVisit(row);
        events.publishEvent(new CaseEvents.VisitRecorded(caseId, row.id,
                visit.method().label() + "，" + visit.outcome().label(), user.username()));
        return CaseViews.visit(row);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Visit> visits(long caseId, CurrentUser user) {
        visible(caseId, user);
        return mapper.visits(caseId).stream().map(CaseViews::visit).toList();
    }

    @Override
    public void reportReturn(long caseId, ReturnReport report, CurrentUser user) {
        writable(user);
        Rows.CaseRow c = visible(caseId, user);
        if (!CaseStatus.OPEN.name().equals(c.status)) {
            throw new ConflictException("caseId", "案件状态为" + statusLabel(c) + "，不能再登记复学");
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        if (report.returnedOn().isAfter(LegalTime.today())) {
            errors.add(new FieldError("returnedOn", "复学日期不能晚于今天"));
        }
        if (report.returnedOn().isBefore(c.dropoutDate)) {
            errors.add(new FieldError("returnedOn", "复学日期不能早于辍学日期"));
        }
        if (jurisdictions.school(report.schoolCode()).isEmpty()) {
            errors.add(new FieldError("schoolCode", "学校不存在：" + report.schoolCode()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        events.publishEvent(new CaseEvents.ReturnReported(caseId, report.returnedOn(), report.schoolCode(),
                user.username()));
    }

    @Override
    public void requestClosure(long caseId, ClosureRequest request, CurrentUser user) {
        writable(user);
        Rows.CaseRow c = visible(caseId, user);
        if (CaseStatus.CLOSED.name().equals(c.status)) {
            throw new ConflictException("caseId", "案件已结案");
        }
        if (request.reason() == ClosureReason.RETURNED || request.reason() == ClosureReason.RELAPSED) {
            throw new InvalidInputException("reason", "复学请使用“登记复学”；辍学反复由保学流程另立新案");
        }
        if (request.reason() == ClosureReason.OTHER) {
            if (CaseRules.blank(request.note())) {
                throw new InvalidInputException("note", "以“其他”原因结案须说明理由");
            }
            if (user.role() != Role.BUREAU_LEGAL && user.role() != Role.ADMIN) {
                throw new ForbiddenException("以“其他”原因结案须由县教育局审批");
            }
        }
        events.publishEvent(new CaseEvents.ClosureRequested(caseId, request.reason(), request.note(), user.username()));
    }

    // ---- called from the process ----

    @Override
    @Transactional(readOnly = true)
    public String caseNumber(long caseId) {
        return existing(caseId).caseNumber;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseView getForProcess(long caseId) {
        return views.view(existing(caseId), null);
    }

    @Override
    public void moveToStage(long caseId, Stage stage, String actor) {
        Rows.CaseRow c = existing(caseId);
        Stage from = Stage.valueOf(c.stage);
        if (from != stage) {
            mapper.updateStage(caseId, stage.name(), LegalTime.now());
            events.publishEvent(new CaseEvents.StageChanged(caseId, from, stage, actor));
        }
    }

    @Override
    public void recordReturnByProcess(long caseId, LocalDate returnedOn, String schoolCode, String actor) {
        if (mapper.recordReturn(caseId, returnedOn, schoolCode, LegalTime.now()) == 0) {
            throw new ConflictException("caseId", "案件不是办理中状态，不能登记复学");
        }
        events.publishEvent(new CaseEvents.ReturnRecorded(caseId, returnedOn, schoolCode, actor));
    }

    @Override
    public void setRetentionList(long caseId, RetentionList list, String actor) {
        existing(caseId);
        mapper.setRetentionList(caseId, list.name(), LegalTime.now());
        events.publishEvent(new CaseEvents.RetentionListChanged(caseId, list, actor));
    }

    @Override
    public void closeByProcess(long caseId, ClosureReason reason, String note, String actor) {
        existing(caseId);
        if (mapper.close(caseId, reason.name(), note, LegalTime.today(), LegalTime.now()) == 0) {
            throw new ConflictException("caseId", "案件已结案");
        }
        deadlines.closeAll(caseId);
        events.publishEvent(new CaseEvents.CaseClosed(caseId, reason, note, actor));
    }

    @Override
    public CaseView openRelapse(long caseId, LocalDate dropoutDate, String actor) {
        Rows.CaseRow old = existing(caseId);
        closeByProcess(caseId, ClosureReason.RELAPSED, "保学期间再次辍学", actor);
        CaseView full = views.view(old, null);
        NewCase again = new NewCase(
                new ChildData(full.child().name(), full.child().gender(), full.child().birthDate(),
                        full.child().residentIdNumber(), full.child().studentRegistryNumber(), full.child().ethnicity(),
                        full.child().householdAddress(), full.child().lowIncome(), full.child().disabled(),
                        full.child().leftBehind(), full.child().migrant()),
                full.guardians().stream().map(g -> new GuardianData(g.relation(), g.name(), g.residentIdNumber(),
                        g.phone(), g.address(), g.whereabouts(), g.worksInOtherProvince())).toList(),
                old.schoolCode, old.villageCode, old.grade, old.className,
                cn.fanxiao.cases.ReasonCategory.valueOf(old.reasonCategory), old.reasonDetail, dropoutDate,
                full.responsiblePersons());
        CaseRules.Checked checked = new CaseRules.Checked(again, full.child().residentIdNumber(),
                full.guardians().stream().map(CaseView.GuardianView::residentIdNumber).toList(),
                jurisdictions.school(old.schoolCode).orElseThrow());
        Rows.CaseRow row = insertCase(again, checked, old.childId, caseId, actor);
        return views.view(row, null);
    }

    // ---- helpers ----

    private Rows.CaseRow existing(long caseId) {
        Rows.CaseRow c = mapper.find(caseId);
        if (c == null) {
            throw new NotFoundException("案件不存在：" + caseId);
        }
        return c;
    }

    /** Outside the user's jurisdiction reads exactly like "does not exist". */
    private Rows.CaseRow visible(long caseId, CurrentUser user) {
        Rows.CaseRow c = mapper.find(caseId);
        if (c == null || !user.canSee(c.countyCode, c.townshipCode, c.schoolCode)) {
            throw new NotFoundException("案件不存在或不在您的管辖范围内：" + caseId);
        }
        return c;
    }

    private static void writable(CurrentUser user) {
        if (user.readOnly()) {
            throw new ForbiddenException("审计角色只能查看，不能修改");
        }
    }

    private static String statusLabel(Rows.CaseRow c) {
        return CaseStatus.valueOf(c.status) == CaseStatus.RETURNED ? "已复学" : "已结案";
    }
}
