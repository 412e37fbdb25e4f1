package cn.fanxiao.documents;

import java.util.List;
import java.util.Optional;

import cn.fanxiao.accounts.CurrentUser;

/**
 * Issuing official documents (签发): the case's data and the given details are checked against the template's
 * mandatory fields, a number is allocated, the PDF/A rendered and archived with its hash, all in one transaction.
 * Every read is scoped to the user's jurisdiction, like the case itself.
 */
public interface Notices {

    /** Issues a document of a case; {@code details} must be of {@link DocumentType#detailsType()}. */
    IssuedDocument issue(long caseId, DocumentType type, DocumentDetails details, CurrentUser user);

    /** Issues a corrected document with a new number; the old one stays archived, marked superseded. */
    IssuedDocument correct(long documentId, DocumentDetails details, String reason, CurrentUser user);

    /** Voids a document; its number is never reused and the reason is kept. */
    IssuedDocument voidDocument(long documentId, String reason, CurrentUser user);

    List<IssuedDocument> forCase(long caseId, CurrentUser user);

    IssuedDocument get(long documentId, CurrentUser user);

    /** The archived PDF exactly as issued; the download is audited. */
    byte[] pdf(long documentId, CurrentUser user);

    /** Public: no sign-in, no personal data. */
    Optional<Verification> verify(String verificationCode);

    /**
     * The case's newest document of this type still in force ({@link DocumentStatus#ISSUED}), for the process; no
     * user scope: the task or timer asking has been authorised already.
     */
    Optional<IssuedDocument> inForce(long caseId, DocumentType type);
}
