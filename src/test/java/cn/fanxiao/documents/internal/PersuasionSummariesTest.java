package cn.fanxiao.documents.internal;

import static cn.fanxiao.cases.VisitMethod.IN_PERSON;
import static cn.fanxiao.cases.VisitMethod.PHONE;
import static cn.fanxiao.cases.VisitMethod.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fanxiao.documents.DocumentModel.DocumentRef;

/** The 前期劝返情况 states what the file proves, in the order's own words, and nothing else. */
class PersuasionSummariesTest {

    private static final DocumentRef SERVED = new DocumentRef("入学（复学）通知书", "青石复学通字〔2026〕1号",
            LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 8));

    @Test
    void visitsAndTheServedReturnNoticeAreStatedWithItsNumberAndServedDate() {
        assertThat(PersuasionSummaries.write("李小明", List.of(IN_PERSON, IN_PERSON, IN_PERSON), SERVED))
                .isEqualTo("此后，经3次入户劝返，并于2026年9月8日向你们送达《入学（复学）通知书》（青石复学通字〔2026〕1号），"
                        + "李小明至今仍未返校复学。");
    }

    @Test
    void visitsByDifferentMeansAreCountedByMeans() {
        assertThat(PersuasionSummaries.write("李小明", List.of(PHONE, IN_PERSON, VIDEO, IN_PERSON), null))
                .isEqualTo("此后，经4次劝返（入户2次、电话1次、视频1次），李小明至今仍未返校复学。");
    }

    @Test
    void aServedNoticeWithoutVisitsIsTheBodysOwnAct() {
        assertThat(PersuasionSummaries.write("王春花", List.of(), SERVED))
                .isEqualTo("此后，本机关于2026年9月8日向你们送达《入学（复学）通知书》（青石复学通字〔2026〕1号），"
                        + "王春花至今仍未返校复学。");
    }

    @Test
    void aNoticeNotYetServedIsNotClaimedAsServed() {
        DocumentRef unserved = new DocumentRef(SERVED.title(), SERVED.number(), SERVED.issuedOn(), null);

        assertThat(PersuasionSummaries.write("李小明", List.of(PHONE), unserved))
                .isEqualTo("此后，经1次电话劝返，李小明至今仍未返校复学。");
    }

    @Test
    void aFileThatProvesNothingDoneLeavesTheSummaryToTheOfficer() {
        assertThat(PersuasionSummaries.write("李小明", List.of(), null)).isNull();
        assertThat(PersuasionSummaries.write("李小明", List.of(),
                new DocumentRef(SERVED.title(), SERVED.number(), SERVED.issuedOn(), null))).isNull();
    }
}
