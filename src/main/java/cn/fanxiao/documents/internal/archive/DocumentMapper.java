package cn.fanxiao.documents.internal.archive;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The archive. There is deliberately no statement that rewrites a document's number, content or hash: only its
 * status moves (superseded, voided).
 */
@Mapper
public interface DocumentMapper {

    int bumpSerial(@Param("issuer") String issuerCode, @Param("type") String type, @Param("year") int year);

    void startSerial(@Param("issuer") String issuerCode, @Param("type") String type, @Param("year") int year);

    long currentSerial(@Param("issuer") String issuerCode, @Param("type") String type, @Param("year") int year);

    void insert(DocumentRow row);

    void insertVoidedNumber(VoidedNumber number);

    /** The numbers of a body and year that were allocated but never carried by an archived document. */
    List<VoidedNumber> voidedNumbers(@Param("issuer") String issuerCode, @Param("year") int year);

    DocumentRow find(@Param("id") long id);

    /** Locks the row: a document cannot be corrected twice or voided while being corrected. */
    DocumentRow lock(@Param("id") long id);

    DocumentRow byCode(@Param("code") String verificationCode);

    List<DocumentRow> forCase(@Param("caseId") long caseId);

    /** The case's newest document of the type still in force (ISSUED); null if none. */
    DocumentRow inForce(@Param("caseId") long caseId, @Param("type") String type);

    /** The row with its PDF (MyBatis maps a bare byte[] result as an array of rows, hence the row). */
    DocumentRow withPdf(@Param("id") long id);

    /** Lets a correction take the place of the document it supersedes (the one-in-force index). */
    int releaseInForce(@Param("id") long id);

    int supersede(@Param("id") long id, @Param("by") long supersededById);

    int markVoided(@Param("id") long id, @Param("reason") String reason, @Param("actor") String actor,
                   @Param("at") Instant at);
}
