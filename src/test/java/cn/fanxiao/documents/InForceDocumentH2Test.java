package cn.fanxiao.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.testsupport.H2IntegrationTest;

/** {@link Notices#inForce}: the process asks which document of a type currently binds the party. */
@H2IntegrationTest
class InForceDocumentH2Test {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(71_000);

    @Autowired
    DemoCounty county;
    @Autowired
    CaseService cases;
    @Autowired
    Notices notices;

    private CaseView c;

    @BeforeEach
    void aQingshiCase() {
        county.install();
        c = cases.open(DemoChildren.newCase(DemoCounty.QINGSHI, SEQUENCE.incrementAndGet(),
                LegalTime.today().minusDays(60)), DemoUsers.QINGSHI);
    }

    @Test
    void aCaseWithoutSuchADocumentHasNoneInForce() {
        order("劝返三次");

        assertThat(notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN)).isPresent();
        assertThat(notices.inForce(c.id(), DocumentType.RETURN_NOTICE)).isEmpty();
    }

    @Test
    void aVoidedOrderIsNoLongerInForceAndANewOneCanThenBeSigned() {
        IssuedDocument first = order("第一份");
        assertThat(notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN)).map(IssuedDocument::id).contains(first.id());

        notices.voidDocument(first.id(), "误签发", DemoUsers.QINGSHI);
        assertThat(notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN)).isEmpty();

        IssuedDocument second = order("第二份");
        assertThat(notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN)).map(IssuedDocument::id).contains(second.id());
    }

    @Test
    void aCorrectionReplacesTheDocumentItSupersedes() {
        IssuedDocument original = order("原文");
        IssuedDocument corrected = notices.correct(original.id(), summary("更正后"), "复学学校有误", DemoUsers.QINGSHI);

        assertThat(notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN)).get()
                .satisfies(d -> assertThat(d.id()).isEqualTo(corrected.id()))
                .satisfies(d -> assertThat(d.status()).isEqualTo(DocumentStatus.ISSUED));
    }

    @Test
    void anotherCasesDocumentIsNeverInForceHere() {
        CaseView other = cases.open(DemoChildren.newCase(DemoCounty.QINGSHI, SEQUENCE.incrementAndGet(),
                LegalTime.today().minusDays(60)), DemoUsers.QINGSHI);
        notices.issue(other.id(), DocumentType.ORDER_TO_RETURN, summary("他案"), DemoUsers.QINGSHI);

        assertThat(notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN)).isEmpty();
    }

    private IssuedDocument order(String persuasion) {
        return notices.issue(c.id(), DocumentType.ORDER_TO_RETURN, summary(persuasion), DemoUsers.QINGSHI);
    }

    private static DocumentDetails.OrderToReturn summary(String persuasion) {
        return new DocumentDetails.OrderToReturn(persuasion, null, null, null, null, null);
    }
}
