package cn.fanxiao.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.fanxiao.documents.DocumentModel.ChildInfo;
import cn.fanxiao.documents.DocumentModel.DocumentRef;
import cn.fanxiao.documents.DocumentModel.GuardianInfo;

/**
 * The type-specific part of a {@link DocumentModel}, one record per {@link DocumentType} (legal-process.md §4.3).
 * Times of day ({@link LocalDateTime}) are wall-clock times in Asia/Shanghai, the legal day boundary; convert
 * stored instants before filling them in. Periods (days, months) and due dates come already computed.
 * Lists are never null (null becomes empty).
 */
public sealed interface DocumentDetails {

    /**
     * (1) 学生失学辍学信息报告: the school's written report to the county bureau and the township
     * (未成年人保护法 Art. 28(2)).
     *
     * @param addressee       主送, e.g. 示范县教育体育局、青石镇人民政府
     * @param reportingPeriod e.g. 2026—2027学年第一学期开学初
     * @param foundOn         when the school established the pupils were not attending
     * @param rows            one per pupil reported
     * @param reporter        填报人
     * @param principal       校长
     */
    record DropoutReport(String addressee, String reportingPeriod, LocalDate foundOn, List<ReportRow> rows,
                         String reporter, String principal) implements DocumentDetails {
        public DropoutReport {
            rows = listOf(rows);
        }
    }

    /**
     * One pupil of a {@link DropoutReport}.
     *
     * @param reason             the reason label (厌学/学习困难, 外出务工 …)
     * @param persuasionAttempts persuasion attempts so far
     * @param flags              e.g. 建档立卡户, 残疾, 留守儿童; empty prints 无
     */
    record ReportRow(ChildInfo child, List<GuardianInfo> guardians, LocalDate lastAttendedOn, String reason,
                     String whereabouts, int persuasionAttempts, List<String> flags) {
        public ReportRow {
            guardians = listOf(guardians);
            flags = listOf(flags);
        }
    }

    /**
     * (2) 劝返记录 / 家访记录: one persuasion visit.
     *
     * @param visitOrdinal     the visit's ordinal in the case (第n次), optional
     * @param method           入户走访, 电话, 视频
     * @param lawExplained     what was explained beyond the standard legal duties the template states
     * @param outcome          同意复学, 拒绝, 未决定
     * @param agreedReturnDate when the guardian agreed to bring the child back, if so
     * @param signatureNote    e.g. 监护人拒绝签字; empty leaves lines for the signatures
     * @param attachments      photo / video references
     */
    record PersuasionRecord(LocalDateTime visitedAt, Integer visitOrdinal, String place, String method,
                            String participants, String personsMet, String reasonAnalysis, String lawExplained,
                            String guardianReply, String childReply, String outcome, LocalDate agreedReturnDate,
                            String nextStep, String signatureNote, List<String> attachments)
            implements DocumentDetails {
        public PersuasionRecord {
            attachments = listOf(attachments);
        }
    }

    /**
     * (3) 入学（复学）通知书 (step 1).
     *
     * @param school        the school the child is to report to
     * @param schoolAddress its address, optional
     * @param reportBy      the date to report by (computed by the deadlines module)
     * @param coIssuer      a body issuing jointly, usually the school; optional
     */
    record ReturnNotice(String school, String schoolAddress, LocalDate reportBy, String contactPerson,
                        String contactPhone, String coIssuer) implements DocumentDetails {
    }

    /**
     * (4) 限期复学通知书 (责令限期改正, step 2; 义务教育法 Art. 58).
     *
     * @param persuasionSummary what was done before: visits, notices (a sentence or two, printed as a paragraph)
     * @param returnNotice      the step-1 notice served, optional
     * @param penaltyBasis      the local provision allowing a fine, where the jurisdiction has one; when absent the
     *                          notice announces a civil suit as the next step instead of a penalty
     */
    record OrderToReturn(String persuasionSummary, DocumentRef returnNotice, String school, LocalDate returnBy,
                         String penaltyBasis, Remedies remedies) implements DocumentDetails {
    }

    /**
     * (5) 行政处罚事先告知书 (行政处罚法 Arts. 44, 45, 63, 64).
     *
     * @param order                the 限期复学通知书 not complied with
     * @param provisionsViolated   e.g. 《中华人民共和国义务教育法》第五条第二款
     * @param penaltyBasis         the provincial or local provision that sets the fine (no national statute does)
     * @param statementWorkingDays the period for a statement and defence (陈述申辩), in working days
     * @param hearingWorkingDays   the period to request a hearing; null where Art. 63 does not apply (no hearing
     *                             right to announce)
     * @param submitTo             where and how to submit, e.g. 青石镇人民政府司法所（青石镇青石街1号）
     */
    record PriorNotice(DocumentRef order, String facts, List<String> evidence, String provisionsViolated,
                       String penaltyBasis, BigDecimal fineAmount, String school, Integer statementWorkingDays,
                       Integer hearingWorkingDays, String submitTo) implements DocumentDetails {
        public PriorNotice {
            evidence = listOf(evidence);
        }
    }

    /**
     * (6) 行政处罚决定书: the contents 行政处罚法 Art. 59 requires.
     *
     * @param priorNotice       the prior notice served
     * @param statementHandling how the party's statement, defence or hearing was handled (or that none was made)
     * @param returnBy          the date by which the child must be back at {@code school}
     */
    record PenaltyDecision(String facts, List<String> evidence, DocumentRef priorNotice, String statementHandling,
                           String provisionsViolated, String penaltyBasis, BigDecimal fineAmount, String school,
                           LocalDate returnBy, Payment payment, Remedies remedies) implements DocumentDetails {
        public PenaltyDecision {
            evidence = listOf(evidence);
        }
    }

    /**
     * (7) 送达回证: one service of one document (民事诉讼法 Arts. 87–95).
     *
     * @param served               the document served (title, number)
     * @param recipient            受送达人
     * @param method               直接送达, 留置送达, 邮寄送达, 电子送达, 公告送达
     * @param servedAt             when it was received, left or (public notice) deemed served
     * @param receivedBy           the adult family member who signed instead of the recipient, if any
     * @param receiverRelationship their relationship to the recipient
     * @param refusalReason        why the recipient refused (留置送达)
     * @param witness              the witness's name, if any
     * @param witnessOrganisation  the witness's organisation (村民委员会, employer …)
     * @param servers              the serving officers (two recommended)
     * @param evidenceRefs         photo / video ids recording the service
     */
    record ProofOfService(DocumentRef served, String recipient, String address, String method,
                          LocalDateTime servedAt, String receivedBy, String receiverRelationship,
                          String refusalReason, String witness, String witnessOrganisation, List<String> servers,
                          String remarks, List<String> evidenceRefs) implements DocumentDetails {
        public ProofOfService {
            servers = listOf(servers);
            evidenceRefs = listOf(evidenceRefs);
        }
    }

    /**
     * (8) 催告书 (行政强制法 Arts. 35, 36, 38, 54).
     *
     * @param decision              the penalty decision (number, date, service date)
     * @param obligations           the obligations not performed, each a clause (将李小明送到…复学)
     * @param performBy             the deadline for performing
     * @param surcharge             the late-payment surcharge accrued (行政处罚法 Art. 72), optional
     * @param applyAfterWorkingDays the wait after service before the court application (10)
     */
    record DemandLetter(DocumentRef decision, List<String> obligations, LocalDate performBy, BigDecimal fineAmount,
                        BigDecimal surcharge, Payment payment, Integer applyAfterWorkingDays)
            implements DocumentDetails {
        public DemandLetter {
            obligations = listOf(obligations);
        }
    }

    /**
     * (9) 强制执行申请书 to the court (行政强制法 Arts. 53–55).
     *
     * @param facts                 the facts found in the decision, briefly
     * @param obligations           what the court is asked to enforce
     * @param lawsuitWindowEndedOn  the day the time to sue ran out with no reconsideration or lawsuit
     * @param demandLetter          the demand letter served
     * @param waitEndedOn           the day the 10 working days after its service ran out
     * @param attachments           the materials submitted with the application
     */
    record EnforcementApplication(DocumentRef decision, String facts, List<String> obligations,
                                  LocalDate lawsuitWindowEndedOn, DocumentRef demandLetter, LocalDate waitEndedOn,
                                  List<String> attachments) implements DocumentDetails {
        public EnforcementApplication {
            obligations = listOf(obligations);
            attachments = listOf(attachments);
        }
    }

    /**
     * (10) 民事起诉状 by the township against the guardians (route 4b; 民事诉讼法 Art. 124).
     *
     * @param agent                   委托诉讼代理人 (name and position), optional
     * @param returnWithinDays        the days after the judgment takes effect to send the child back
     * @param otherClaims             further claims, optional (the costs claim is always made)
     * @param documentsServed         the notices and orders served on the defendants before the suit
     * @param evidence                evidence and its source, witnesses
     * @param supportingProcuratorate the procuratorate supporting the suit (民事诉讼法 Art. 15), optional
     */
    record CivilComplaint(String agent, String school, Integer returnWithinDays, List<String> otherClaims,
                          String facts, List<DocumentRef> documentsServed, List<String> evidence,
                          String supportingProcuratorate) implements DocumentDetails {
        public CivilComplaint {
            otherClaims = listOf(otherClaims);
            documentsServed = listOf(documentsServed);
            evidence = listOf(evidence);
        }
    }

    /**
     * (11) 整改通知书 after a supervision inspection, addressed to a school or township. The model's child and
     * guardians are optional here: when present the notice names the case that showed the problem.
     *
     * @param reportForm how to report compliance, e.g. 形成书面整改报告报送县教育体育局督导室
     */
    record RectificationNotice(String inspectedUnit, LocalDate inspectedOn, String inspectionTeam,
                               List<String> problems, List<String> requirements, LocalDate rectifyBy,
                               String reportForm) implements DocumentDetails {
        public RectificationNotice {
            problems = listOf(problems);
            requirements = listOf(requirements);
        }
    }

    /**
     * (12) 复学登记表: the school registers the child's return.
     *
     * @param school             the school that took the child back (may differ from the child's last school)
     * @param persuadedBy        who persuaded the child back
     * @param proof              the proof of return, e.g. 2026年11月2日起连续到校上课（考勤记录）
     * @param retentionList      红名单（不稳定） or 白名单（稳定）
     * @param responsiblePersons the persons responsible for retention (包保责任人), each with line and position
     */
    record ReturnRegistration(LocalDate returnedOn, String school, String grade, String className,
                              String persuadedBy, String proof, String retentionList, String supportMeasures,
                              List<String> responsiblePersons, String remarks) implements DocumentDetails {
        public ReturnRegistration {
            responsiblePersons = listOf(responsiblePersons);
        }
    }

    /**
     * (13) 结案审批表.
     *
     * @param dropoutReason   the reason label
     * @param steps           what was done, oldest first
     * @param closureReason   the closure reason label (§2.4)
     * @param handler         承办人
     * @param reviewerOpinion 审核意见; empty leaves room for a handwritten opinion
     * @param approverOpinion 审批意见; empty leaves room for a handwritten opinion
     */
    record ClosureApproval(LocalDate openedOn, String dropoutReason, List<ProcedureStep> steps, String closureReason,
                           String closureNote, List<String> evidence, String handler, String handlerOpinion,
                           LocalDate proposedOn, String reviewerOpinion, String approverOpinion)
            implements DocumentDetails {
        public ClosureApproval {
            steps = listOf(steps);
            evidence = listOf(evidence);
        }
    }

    /** One step taken in a case: when and what. */
    record ProcedureStep(LocalDate on, String action) {
    }

    /**
     * Remedies against an administrative act: 行政复议 within {@code reconsiderationDays} (60, 行政复议法 Art. 20)
     * to the issuer's reconsideration body, 行政诉讼 within {@code lawsuitMonths} (6, 行政诉讼法 Art. 46) at the
     * issuer's court.
     */
    record Remedies(Integer reconsiderationDays, Integer lawsuitMonths) {
    }

    /**
     * How a fine is paid (行政处罚法 Art. 67).
     *
     * @param method     e.g. 持缴款通知书到指定银行缴纳，或者通过电子支付系统缴纳
     * @param payee      收款单位, optional
     * @param bank       the designated bank, optional where only electronic payment is offered
     * @param account    the account number, optional
     * @param withinDays days from receipt of the decision (15)
     */
    record Payment(String method, String payee, String bank, String account, Integer withinDays) {
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
