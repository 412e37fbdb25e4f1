package cn.fanxiao.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceMethod;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.deadlines.ServiceStatus;
import cn.fanxiao.documents.DocumentModel.DocumentRef;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.internal.archive.DocumentMapper;
import cn.fanxiao.documents.internal.archive.DocumentRow;

/** A later document cites the earlier one in force, and its served date only when that service was of it. */
class CaseReferencesTest {

    private static final long CASE = 7;
    private static final LocalDate ISSUED = LocalDate.of(2026, 9, 7);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    private final DocumentMapper archive = mock(DocumentMapper.class);
    private final ServiceRecords services = mock(ServiceRecords.class);
    private final CaseReferences references = new CaseReferences(archive, services);

    @Test
    void aCaseWithoutTheDocumentCitesNothing() {
        assertThat(references.inForce(CASE, DocumentType.RETURN_NOTICE, TODAY)).isEmpty();
    }

    @Test
    void theDocumentInForceIsCitedWithTheDateItsServiceRecordGives() {
        inForce(41L, "青石复学通字〔2026〕1号");
        served(record(41L, "青石复学通字〔2026〕1号", LocalDate.of(2026, 9, 8)));

        assertThat(references.inForce(CASE, DocumentType.RETURN_NOTICE, TODAY)).contains(new DocumentRef(
                "入学（复学）通知书", "青石复学通字〔2026〕1号", ISSUED, LocalDate.of(2026, 9, 8)));
    }

    @Test
    void aServiceOfAnotherDocumentOfTheSameKindIsNotThisOnesService() {
        // the notice served was voided and re-issued: the new one has not been served yet
        inForce(42L, "青石复学通字〔2026〕2号");
        served(record(41L, "青石复学通字〔2026〕1号", LocalDate.of(2026, 9, 8)));

        assertThat(references.inForce(CASE, DocumentType.RETURN_NOTICE, TODAY)).get()
                .satisfies(ref -> assertThat(ref.number()).isEqualTo("青石复学通字〔2026〕2号"))
                .satisfies(ref -> assertThat(ref.servedOn()).isNull());
    }

    @Test
    void aServiceOpenedWithTheNumberOnlyIsMatchedByNumber() {
        inForce(41L, "青石复学通字〔2026〕1号");
        served(record(null, "青石复学通字〔2026〕1号", LocalDate.of(2026, 9, 8)));

        assertThat(references.inForce(CASE, DocumentType.RETURN_NOTICE, TODAY)).get()
                .satisfies(ref -> assertThat(ref.servedOn()).isEqualTo(LocalDate.of(2026, 9, 8)));
    }

    @Test
    void aServiceNamingNoDocumentCountsUnlessItPredatesTheDocument() {
        inForce(41L, "青石复学通字〔2026〕1号");
        served(record(null, null, ISSUED.minusDays(1)));
        assertThat(references.inForce(CASE, DocumentType.RETURN_NOTICE, TODAY)).get()
                .satisfies(ref -> assertThat(ref.servedOn()).isNull());

        served(record(null, null, ISSUED));
        assertThat(references.inForce(CASE, DocumentType.RETURN_NOTICE, TODAY)).get()
                .satisfies(ref -> assertThat(ref.servedOn()).isEqualTo(ISSUED));
    }

    @Test
    void aPublicNoticeDeemedServedLaterIsNotServedYet() {
        inForce(41L, "青石复学通字〔2026〕1号");
        served(record(41L, "青石复学通字〔2026〕1号", TODAY.plusDays(20)));

        assertThat(references.inForce(CASE, DocumentType.RETURN_NOTICE, TODAY)).get()
                .satisfies(ref -> assertThat(ref.servedOn()).isNull());
    }

    @Test
    void aDocumentNoPeriodRunsFromHasNoServiceToLookUp() {
        when(archive.inForce(CASE, DocumentType.PERSUASION_RECORD.name())).thenReturn(row(43L, "青石劝记字〔2026〕1号"));

        assertThat(references.inForce(CASE, DocumentType.PERSUASION_RECORD, TODAY)).get()
                .satisfies(ref -> assertThat(ref.servedOn()).isNull());
        verify(services, never()).served(anyLong(), any());
    }

    private void inForce(long id, String number) {
        when(archive.inForce(CASE, DocumentType.RETURN_NOTICE.name())).thenReturn(row(id, number));
    }

    private void served(ServiceRecord record) {
        when(services.served(CASE, ServedDocument.RETURN_NOTICE)).thenReturn(Optional.of(record));
    }

    private static DocumentRow row(long id, String number) {
        DocumentRow row = new DocumentRow();
        row.id = id;
        row.caseId = CASE;
        row.docNumber = number;
        row.issuedOn = ISSUED;
        row.status = "ISSUED";
        return row;
    }

    private static ServiceRecord record(Long documentId, String number, LocalDate servedOn) {
        return new ServiceRecord(1, CASE, ServedDocument.RETURN_NOTICE, number, documentId, ISSUED, "李大山",
                "示范县青石镇青石村", ServiceStatus.SERVED, ServiceMethod.DIRECT, servedOn, false, List.of(), "qingshi",
                Instant.parse("2026-09-08T02:00:00Z"));
    }
}
