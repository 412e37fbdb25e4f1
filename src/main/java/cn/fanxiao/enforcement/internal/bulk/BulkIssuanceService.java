package cn.fanxiao.enforcement.internal.bulk;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.enforcement.BulkIssuance;
import cn.fanxiao.enforcement.BulkIssuances;
import cn.fanxiao.enforcement.Enforcement;
import cn.fanxiao.enforcement.SigningTasks;
import cn.fanxiao.enforcement.process.ProcessVariables;
import cn.fanxiao.shared.ConflictException;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.NotFoundException;

/**
 * {@link BulkIssuances}. Each case is signed through {@link Enforcement#complete} exactly as if the officer had
 * completed its 审核并签发 task with an empty form, in a transaction of its own that also records the item's outcome:
 * a case whose notice cannot be issued (a mandatory element missing from its file) is reported with the reason and
 * keeps its task open, and the others go on. Jobs run one at a time on a single background thread, so a township's
 * batch never takes both cores from officers issuing one notice at a time.
 */
@Service
class BulkIssuanceService implements BulkIssuances, DisposableBean {

    /** Only these notices are filled completely from the case file; a penalty's facts are found case by case. */
    private static final Set<DocumentType> BULK_SIGNABLE = Set.of(DocumentType.RETURN_NOTICE,
            DocumentType.ORDER_TO_RETURN);
    private static final Logger log = LoggerFactory.getLogger(BulkIssuanceService.class);

    private final BulkIssuanceMapper mapper;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Enforcement enforcement;
    private final Notices notices;
    private final Jurisdictions jurisdictions;
    private final TransactionTemplate inItsOwnTransaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bulk-issuance");
        t.setDaemon(true);
        return t;
    });

    BulkIssuanceService(BulkIssuanceMapper mapper, TaskService tasks, RuntimeService runtime, Enforcement enforcement,
                        Notices notices, Jurisdictions jurisdictions, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.tasks = tasks;
        this.runtime = runtime;
        this.enforcement = enforcement;
        this.notices = notices;
        this.jurisdictions = jurisdictions;
        this.inItsOwnTransaction = new TransactionTemplate(transactions);
        this.inItsOwnTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional
    public BulkIssuance start(String townshipCode, String taskKey, CurrentUser user) {
        DocumentType type = SigningTasks.documentSignedBy(taskKey == null ? "" : taskKey)
                .filter(BULK_SIGNABLE::contains)
                .orElseThrow(() -> new InvalidInputException("taskKey",
                        "只能批量签发入学（复学）通知书（signReturnNotice）和限期复学通知书（signOrderToReturn）；"
                                + "行政处罚和催告文书须逐案认定事实，逐件签发"));
        Jurisdiction township = visibleTownship(townshipCode, user);
        if (user.role() != Role.TOWNSHIP_OFFICER) {
            throw new ForbiddenException("通知书由乡镇（街道）签发：请由" + township.name() + "工作人员批量签发");
        }
        if (mapper.running(township.code(), taskKey) > 0) {
            throw new ConflictException("taskKey", township.name() + "已有一批《" + type.title() + "》正在签发，请等待其完成");
        }
        List<Task> due = tasks.createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
                .taskDefinitionKey(taskKey).processVariableValueEquals(ProcessVariables.TOWNSHIP_CODE, township.code())
                .active().list();

        BulkIssuanceMapper.Row row = new BulkIssuanceMapper.Row();
        row.townshipCode = township.code();
        row.countyCode = township.countyCode();
        row.taskKey = taskKey;
        row.docType = type.name();
        row.requestedBy = user.username();
        row.requestedAt = LegalTime.now();
        row.status = due.isEmpty() ? "DONE" : "RUNNING";
        row.total = due.size();
        mapper.insert(row);
        for (Task task : due) {
            mapper.insertItem(row.id, caseOf(task), task.getId());
        }
        if (due.isEmpty()) {
            mapper.finish(row.id, LegalTime.now());
        } else {
            long id = row.id;
            // the job must see its committed rows, and must not run at all if this transaction rolls back
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.submit(() -> run(id, type, user));
                }
            });
        }
        return view(mapper.find(row.id));
    }

    @Override
    @Transactional(readOnly = true)
    public BulkIssuance get(long id, CurrentUser user) {
        BulkIssuanceMapper.Row row = mapper.find(id);
        if (row == null || !user.canSee(row.countyCode, row.townshipCode, null)) {
            throw new NotFoundException("批量签发任务不存在：" + id);
        }
        return view(row);
    }

    private void run(long id, DocumentType type, CurrentUser user) {
        for (BulkIssuanceMapper.ItemRow item : mapper.items(id)) {
            try {
                inItsOwnTransaction.executeWithoutResult(status -> {
                    enforcement.complete(item.taskId(), java.util.Map.of(), user);
                    String number = notices.inForce(item.caseId(), type).map(d -> d.number()).orElse(null);
                    record(id, item.caseId(), "ISSUED", number, null);
                });
            } catch (RuntimeException e) {
                inItsOwnTransaction.executeWithoutResult(status ->
                        record(id, item.caseId(), "FAILED", null, reason(e)));
            }
        }
        inItsOwnTransaction.executeWithoutResult(status -> mapper.finish(id, LegalTime.now()));
        log.info("bulk issuance {} of {} done", id, type);
    }

    private void record(long id, long caseId, String outcome, String number, String message) {
        mapper.recordOutcome(id, caseId, outcome, number, message);
        mapper.count(id, outcome);
    }

    /** The officer's reason in Chinese: every field the notice lacks, or what else stopped it. */
    private static String reason(RuntimeException e) {
        String text = e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()
                ? invalid.errors().stream().map(f -> f.field() + "：" + f.message()).collect(Collectors.joining("；"))
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private long caseOf(Task task) {
        Object caseId = runtime.getVariable(task.getProcessInstanceId(), ProcessVariables.CASE_ID);
        return ((Number) caseId).longValue();
    }

    private Jurisdiction visibleTownship(String code, CurrentUser user) {
        return jurisdictions.find(code == null ? "" : code)
                .filter(j -> user.canSee(j.countyCode(), j.code(), null))
                .orElseThrow(() -> new NotFoundException("乡镇（街道）不存在：" + code));
    }

    private BulkIssuance view(BulkIssuanceMapper.Row r) {
        DocumentType type = DocumentType.valueOf(r.docType);
        List<BulkIssuance.Item> items = mapper.items(r.id).stream()
                .map(i -> new BulkIssuance.Item(i.caseId(), i.outcome(), i.documentNumber(), i.message())).toList();
        return new BulkIssuance(r.id, r.townshipCode, r.taskKey, type, type.title(), r.requestedBy, r.requestedAt,
                r.status, r.total, r.issued, r.failed, r.finishedAt, items);
    }

    /**
     * A job still RUNNING at start-up was cut off by a stop of the application: it is marked INTERRUPTED so the
     * township can start another for the cases still waiting (their tasks stayed open; nothing is half-signed, as
     * each case is signed in a transaction of its own). With several nodes (clustering) this needs the job's owner.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void markInterrupted() {
        int interrupted = mapper.interruptRunning(LegalTime.now());
        if (interrupted > 0) {
            log.warn("{} bulk issuance(s) were cut off by a restart and are marked INTERRUPTED", interrupted);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
