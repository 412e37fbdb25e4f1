package cn.fanxiao.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one official document is filled from: the parts every case document shares (legal-process.md §4.3
 * "Every document must carry") plus the {@link DocumentDetails} of its type. The caller fills it from the case file,
 * the jurisdiction's settings, the deadlines module (every period and due date is computed there, never in a
 * template) and the service records.
 *
 * <p>Labels that are printed as they are (gender 男/女, relationship 父亲, a reason or service method in Chinese) are
 * plain strings, so this module does not depend on the cases module's enums. Nullable fields are optional unless the
 * document's template declares them mandatory ({@code <#ftl attributes={"required": …}>}); a missing mandatory field
 * stops the document with {@link MissingDocumentFieldsException}.
 *
 * @param number     the document number (文号), allocated when the document is issued
 * @param issuedOn   the date on the document (成文日期)
 * @param caseNumber the case's number (案件编号)
 * @param issuer     the issuing body (per-jurisdiction data)
 * @param child      the child concerned; optional only for documents not about one child (整改通知书)
 * @param guardians  the guardians, in the order they are named (the parties of every act)
 * @param dropoutDate the date the child stopped attending (辍学日期)
 * @param details    the part specific to the document's type; must match {@link DocumentType#detailsType()}
 */
public record DocumentModel(
        String number,
        LocalDate issuedOn,
        String caseNumber,
        Issuer issuer,
        ChildInfo child,
        List<GuardianInfo> guardians,
        LocalDate dropoutDate,
        DocumentDetails details) {

    public DocumentModel {
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
        Objects.requireNonNull(details, "details");
    }

    /** The same model with another number: numbering assigns it when the document is issued. */
    public DocumentModel withNumber(String newNumber) {
        return new DocumentModel(newNumber, issuedOn, caseNumber, issuer, child, guardians, dropoutDate, details);
    }

    /**
     * The issuing body. {@code court} is the basic-level court where the body is located (行诉解释 Art. 157) and the
     * court of the civil suit; {@code reconsiderationBody} receives applications for 行政复议 against the body's acts
     * (for a township or the county education bureau: the county government, §1.4).
     */
    public record Issuer(
            String fullName,
            String shortName,
            String address,
            String contactPerson,
            String phone,
            String legalRepresentative,
            String legalRepresentativeTitle,
            String court,
            String reconsiderationBody) {
    }

    /**
     * The child (适龄儿童少年). {@code school}, {@code grade} and {@code className} are where the child was last
     * enrolled; {@code studentRegistryNumber} is absent for a child never enrolled (失学).
     */
    public record ChildInfo(
            String name,
            String gender,
            String ethnicity,
            LocalDate birthDate,
            String residentIdNumber,
            String studentRegistryNumber,
            String school,
            String grade,
            String className,
            String householdAddress) {
    }

    /**
     * A guardian (监护人). {@code relationship} is the guardian's relation to the child (父亲, 母亲, 祖父 …);
     * {@code gender} and {@code workplace} are needed for a defendant in a civil complaint (民事诉讼法 Art. 124).
     */
    public record GuardianInfo(
            String name,
            String residentIdNumber,
            String relationship,
            String address,
            String phone,
            String gender,
            String workplace) {
    }

    /** An earlier document referred to: its title (without 《》), number, date and, where served, service date. */
    public record DocumentRef(String title, String number, LocalDate issuedOn, LocalDate servedOn) {
    }
}
