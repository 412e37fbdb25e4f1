package cn.fanxiao.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import cn.fanxiao.deadlines.ServedDocument;

class DocumentTypeTest {

    @Test
    void everyServedKindIsOneDocumentAndMapsBack() {
        for (ServedDocument served : ServedDocument.values()) {
            assertThat(DocumentType.of(served).servedAs()).contains(served);
            assertThat(DocumentType.of(served).title()).isEqualTo(served.title());
        }
    }

    @Test
    void onlyTheServedNoticesAreInForceOncePerCase() {
        assertThat(Arrays.stream(DocumentType.values()).filter(DocumentType::oneInForcePerCase))
                .containsExactlyInAnyOrder(DocumentType.RETURN_NOTICE, DocumentType.ORDER_TO_RETURN,
                        DocumentType.PRIOR_NOTICE, DocumentType.PENALTY_DECISION, DocumentType.DEMAND_LETTER);
        assertThat(DocumentType.PERSUASION_RECORD.servedAs()).isEmpty();
    }
}
