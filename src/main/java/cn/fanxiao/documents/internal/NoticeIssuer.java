package cn.fanxiao.documents.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentEvents;
import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentStatus;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.documents.PageStamp;
import cn.fanxiao.documents.Verification;
import cn.fanxiao.documents.internal.archive.DocumentMapper;
import cn.fanxiao.documents.internal.archive.DocumentRow;
import cn.fanxiao.documents.internal.archive.DocumentSerials;
import cn.fanxiao.documents.internal.archive.VoidedNumber;
import cn.fanxiao.documents.internal.archive.VoidedNumberLog;
import cn.fanxiao.documents.internal.render.PdfRenderer;
import cn.fanxiao.documents.internal.template.TemplateRenderer;
import cn.fanxiao.shared.ConflictException;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.NotFoundException;

/**
 * {@link Notices}: check → number → render → archive → audit. A document that fails a check (a missing mandatory
 * field, a character no font has) takes no number. Past the checks the number is allocated and committed at once
 * (see {@link DocumentSerials} for why); rendering, archiving and audit then run in the issuing transaction, and if
 * that does not commit the number is logged as voided with the reason, never handed out again.
 */
@Service
class NoticeIssuer implements Notices {

    /** Crockford's base32 without I, L, O, U: codes read aloud or typed from paper are not misread. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final CaseService cases;
    private final CaseDocumentModels models;
    private final IssuingBodies bodies;
    private final DetailsDefaults defaults;
    private final TemplateRenderer templates;
    private final PdfRenderer pdfs;
    private final DocumentSerials serials;
    private final DocumentMapper archive;
    private final VoidedNumberLog voidedNumbers;
    private final ApplicationEventPublisher events;
    private final String verifyBaseUrl;
    private final SecureRandom random = new SecureRandom();

    NoticeIssuer(CaseService cases, CaseDocumentModels models, IssuingBodies bodies, DetailsDefaults defaults,
                 TemplateRenderer templates, PdfRenderer pdfs,
                 DocumentSerials serials, DocumentMapper archive, VoidedNumberLog voidedNumbers,
                 ApplicationEventPublisher events,
                 @Value("${fanxiao.documents.verify-base-url:http://localhost:8080}") String verifyBaseUrl) {
        this.cases = cases;
        this.models = models;
        this.bodies = bodies;
        this.defaults = defaults;
        this.templates = templates;
        this.pdfs = pdfs;
        this.serials = serials;
        this.archive = archive;
        this.voidedNumbers = voidedNumbers;
        this.events = events;
        this.verifyBaseUrl = verifyBaseUrl.endsWith("/") ? verifyBaseUrl.substring(0, verifyBaseUrl.length() - 1)
                : verifyBaseUrl;
    }

    @Override
    @Transactional
    public IssuedDocument issue(long caseId, DocumentType type, DocumentDetails details, CurrentUser user) {
        return issue(caseId, type, details, user, null);
    }

    /** {@code supersedes}: the document a correction replaces, whose issuing body issues the correction too. */
    private IssuedDocument issue(long caseId, DocumentType type, DocumentDetails details, CurrentUser user,
                                 DocumentRow supersedes) {
        cases.get(caseId, user); // scope: outside the jurisdiction reads as "does not exist"
        CaseView c = cases.getForProcess(caseId);
        IssuingBody body = supersedes == null ? bodies.toIssue(type, c, user) : bodies.byCode(supersedes.issuerCode);
        if (details == null || !type.detailsType().isInstance(details)) {
            throw new InvalidInputException("details", "请填写《" + type.title() + "》的内容");
        }
        LocalDate today = LegalTime.today();
        DocumentModel draft = models.model(c, body, today,
                defaults.complete(details, c, models.schoolName(c), today));
        templates.check(type, draft); // every missing field named before a number is taken
        if (type.oneInForcePerCase() && supersedes == null) {
            DocumentRow current = archive.inForce(caseId, type.name());
            if (current != null) {
                throw alreadyInForce(type, current.docNumber);
            }
        }
        int year = draft.issuedOn().getYear();
        String pattern = body.pattern(type);
        String shortName = draft.issuer().shortName();
        // and every character no font has, in the text as it will print (the serial's digits are always drawable)
        pdfs.requireDrawable(templates.render(type, draft.withNumber(DocumentType.formatNumber(pattern, shortName,
                year, 0))));

        long serial = serials.allocate(body.code(), type.name(), year); // committed: see DocumentSerials
        String number = DocumentType.formatNumber(pattern, shortName, year, serial);
        IssuanceOutcome outcome = voidUnlessCommitted(VoidedNumber.allocated(body.code(), type.name(), year, serial,
                number, caseId, user.username()));
        DocumentRow row;
        try {
            row = renderAndArchive(c, type, draft.withNumber(number), body, serial, supersedes, user);
        } catch (DuplicateKeyException e) {
            // another officer issued the same notice for this case a moment ago (a double-clicked 签发)
            throw outcome.failedBecause(alreadyInForce(type, null));
        } catch (RuntimeException e) {
            throw outcome.failedBecause(e);
        }
        IssuedDocument issued = view(row);
        events.publishEvent(new DocumentEvents.DocumentIssued(issued, user.username()));
        return issued;
    }

    /** Renders the numbered document and archives it with its hash; nothing else rewrites the row afterwards. */
    private DocumentRow renderAndArchive(CaseView c, DocumentType type, DocumentModel numbered,
                                         IssuingBody body, long serial, DocumentRow supersedes, CurrentUser user) {
        String code = newCode();
        byte[] pdf = pdfs.render(templates.render(type, numbered),
                new PageStamp(code, verifyBaseUrl + "/verify/" + code));
        DocumentRow row = new DocumentRow();
        row.caseId = c.id();
        row.docType = type.name();
        row.docNumber = numbered.number();
        row.issuerCode = body.code();
        row.issuerName = numbered.issuer().fullName();
        row.docYear = numbered.issuedOn().getYear();
        row.serial = serial;
        row.stage = c.stage().name();
        row.issuedOn = numbered.issuedOn();
        row.issuedBy = user.username();
        row.issuedAt = LegalTime.now();
        row.verificationCode = code;
        row.sha256 = sha256(pdf);
        row.sizeBytes = pdf.length;
        row.pdf = pdf;
        row.status = DocumentStatus.ISSUED.name();
        row.supersedesId = supersedes == null ? null : supersedes.id;
        row.inForceCaseId = type.oneInForcePerCase() ? c.id() : null;
        row.complyBy = complyBy(numbered.details());
        archive.insert(row);
        return row;
    }

    /**
     * Logs the allocated number as voided if the issuing transaction does not commit: a render failure, a failed
     * insert, or a rollback further out (the 审核并签发 task's completion failing after the document was made).
     */
    private IssuanceOutcome voidUnlessCommitted(VoidedNumber allocated) {
        IssuanceOutcome outcome = new IssuanceOutcome();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    voidedNumbers.record(allocated.because(outcome.reason(), LegalTime.now()));
                }
            }
        });
        return outcome;
    }

    /** Why an issuance failed after its number was allocated, for the voided-number log. */
    private static final class IssuanceOutcome {
        private String reason;

        /** Keeps the reason and hands the exception back to be thrown. */
        <E extends RuntimeException> E failedBecause(E e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            reason = "签发失败：" + (message.length() > 300 ? message.substring(0, 300) : message);
            return e;
        }

        String reason() {
            return reason != null ? reason : "签发所在事务未提交（已回滚）";
        }
    }

    @Override
    @Transactional
    public IssuedDocument correct(long documentId, DocumentDetails details, String reason, CurrentUser user) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "请填写更正原因（不超过500字）");
        }
        DocumentRow old = lockInForce(documentId, user);
        archive.releaseInForce(old.id);
        IssuedDocument corrected = issue(old.caseId, DocumentType.valueOf(old.docType), details, user, old);
        archive.supersede(old.id, corrected.id());
        return corrected;
    }

    @Override
    @Transactional
    public IssuedDocument voidDocument(long documentId, String reason, CurrentUser user) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "请填写作废原因（不超过500字）");
        }
        DocumentRow row = lockInForce(documentId, user);
        archive.markVoided(row.id, reason.strip(), user.username(), LegalTime.now());
        IssuedDocument voided = view(archive.find(row.id));
        events.publishEvent(new DocumentEvents.DocumentVoided(voided, user.username()));
        return voided;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedDocument> forCase(long caseId, CurrentUser user) {
        cases.get(caseId, user);
        return archive.forCase(caseId).stream().map(NoticeIssuer::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public IssuedDocument get(long documentId, CurrentUser user) {
        return view(visible(documentId, user));
    }

    @Override
    @Transactional
    public byte[] pdf(long documentId, CurrentUser user) {
        DocumentRow row = visible(documentId, user);
        byte[] pdf = archive.withPdf(documentId).pdf;
        if (!sha256(pdf).equals(row.sha256)) {
            // the archive was altered outside the application: refuse to hand out a document that is not the one issued
            throw new IllegalStateException("archived document " + documentId + " no longer matches its hash");
        }
        events.publishEvent(new DocumentEvents.DocumentDownloaded(view(row), user.username()));
        return pdf;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String verificationCode) {
        if (verificationCode == null || !verificationCode.matches("[0-9A-Za-z]{" + CODE_LENGTH + "}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(archive.byCode(verificationCode.toUpperCase())).map(r -> {
            DocumentType type = DocumentType.valueOf(r.docType);
            DocumentStatus status = DocumentStatus.valueOf(r.status);
            return new Verification(r.verificationCode, r.docNumber, type.title(), r.issuerName, r.issuedOn, r.sha256,
                    status, status.label(), sha256(archive.withPdf(r.id).pdf).equals(r.sha256));
        });
    }

    /** The date a document gives the party, kept so the process never runs out before the date printed. */
    private static LocalDate complyBy(DocumentDetails details) {
        if (details instanceof DocumentDetails.ReturnNotice r) {
            return r.reportBy();
        }
        if (details instanceof DocumentDetails.OrderToReturn o) {
            return o.returnBy();
        }
        if (details instanceof DocumentDetails.PenaltyDecision d) {
            return d.returnBy();
        }
        if (details instanceof DocumentDetails.DemandLetter l) {
            return l.performBy();
        }
        return null;
    }

    private static ConflictException alreadyInForce(DocumentType type, String number) {
        return new ConflictException("type", "本案已有现行有效的《" + type.title() + "》"
                + (number == null ? "" : "（" + number + "）") + "：如需修改，请更正该文书");
    }

    private DocumentRow visible(long documentId, CurrentUser user) {
        DocumentRow row = archive.find(documentId);
        if (row == null) {
            throw new NotFoundException("文书不存在：" + documentId);
        }
        try {
            cases.get(row.caseId, user);
        } catch (NotFoundException outsideJurisdiction) {
            throw new NotFoundException("文书不存在：" + documentId);
        }
        return row;
    }

    private DocumentRow lockInForce(long documentId, CurrentUser user) {
        DocumentRow seen = visible(documentId, user);
        bodies.requireMayAmend(seen.issuerCode, seen.issuerName, user);
        DocumentRow row = archive.lock(documentId);
        if (!DocumentStatus.ISSUED.name().equals(row.status)) {
            throw new ConflictException("status", "文书" + row.docNumber + DocumentStatus.valueOf(row.status).label()
                    + "，不能再更正或作废");
        }
        return row;
    }

    private String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }

    private static IssuedDocument view(DocumentRow r) {
        DocumentType type = DocumentType.valueOf(r.docType);
        return new IssuedDocument(r.id, r.caseId, type, type.title(), r.docNumber, r.issuerCode, r.issuerName, r.stage,
                r.issuedOn, r.issuedBy, r.issuedAt, r.verificationCode, r.sha256, r.sizeBytes,
                DocumentStatus.valueOf(r.status), r.supersedesId, r.supersededById, r.voidReason, r.complyBy);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> inForce(long caseId, DocumentType type) {
        return Optional.ofNullable(archive.inForce(caseId, type.name())).map(NoticeIssuer::view);
    }
}
