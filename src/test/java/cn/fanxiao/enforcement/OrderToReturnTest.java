package cn.fanxiao.enforcement;

import java.util.Map;

import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.enforcement.process.SignDocument;
import cn.fanxiao.shared.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineStatus;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.deadlines.NewService;
import cn.fanxiao.deadlines.NewServiceAttempt;
import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceMethod;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.demo.DemoCounty;

/** Step 2, 责令限期改正, and the fine gateway after it. */
class OrderToReturnTest extends EnforcementTestSupport {

    @Test
    void theOfficerMaySetTheOrdersPeriodOnTheNotice() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);

        complete(c.id(), "signOrderToReturn", QINGSHI_OFFICER, SignDocument.DETAILS,
                Map.of("returnBy", LegalTime.today().plusDays(10).toString()));
        serve(c.id(), "serveOrderToReturn", QINGSHI_OFFICER, today(), "periodDays", 10);

        assertThat(deadline(c.id(), DeadlineKind.ORDER_TO_RETURN).amount()).isEqualTo(10);
    }

    @Test
    void theProcessNeverHoldsTheFamilyToLessThanTheDateTheServedOrderPrints() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        complete(c.id(), "signOrderToReturn", QINGSHI_OFFICER); // prints the jurisdiction's 15 days

        serve(c.id(), "serveOrderToReturn", QINGSHI_OFFICER, today(), "periodDays", 10);

        Deadline order = deadline(c.id(), DeadlineKind.ORDER_TO_RETURN);
        assertThat(order.amount()).isEqualTo(15);
        assertThat(order.dueDate()).isAfterOrEqualTo(notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN)
                .orElseThrow().complyBy());
    }

    @Test
    void aServiceRecordNotOfTheSignedOrderDoesNotCompleteTheServiceTask() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        complete(c.id(), "signOrderToReturn", QINGSHI_OFFICER);
        ServiceRecord typed = services.open(c.id(), new NewService(ServedDocument.ORDER_TO_RETURN, "手写文号",
                LegalTime.today(), "李大山", "青石村", null), "qingshi");
        services.recordAttempt(c.id(), typed.id(), new NewServiceAttempt(ServiceMethod.DIRECT, true,
                LegalTime.today().atTime(9, 0), "李大山", null, null, null, null, null, null, null, null, null, null,
                null, List.of("李青"), List.of("送达回证"), null), DemoCounty.QINGSHI, "qingshi");

        assertThatThrownBy(() -> complete(c.id(), "serveOrderToReturn", QINGSHI_OFFICER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不是现行有效的《限期复学通知书》");
        assertThat(process(c.id())).isWaitingAt("serveOrderToReturn");
    }

    @Test
    void theOrdersPeriodRunsFromTheServedDateTheServiceRecordProves() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        LocalDate posted = LegalTime.today();
        complete(c.id(), "signOrderToReturn", QINGSHI_OFFICER);
        IssuedDocument order0 = notices.inForce(c.id(), DocumentType.ORDER_TO_RETURN).orElseThrow();
        ServiceRecord record = services.open(c.id(), new NewService(ServedDocument.ORDER_TO_RETURN, order0.number(),
                order0.issuedOn(), "李大山", "青石村", order0.id()), "qingshi");
        moveToDay(posted.plusDays(4));
        services.recordAttempt(c.id(), record.id(), new NewServiceAttempt(ServiceMethod.POST, true,
                posted.atTime(9, 0), null, null, null, null, null, null, null, null, posted.plusDays(3), null, null,
                null, List.of("李青"), List.of("邮件回执EMS1234"), null), DemoCounty.QINGSHI, "qingshi");

        complete(c.id(), "serveOrderToReturn", QINGSHI_OFFICER);

        Deadline order = deadline(c.id(), DeadlineKind.ORDER_TO_RETURN);
        assertThat(order.triggerDate()).isEqualTo(posted.plusDays(3));
        assertThat(process(c.id())).isWaitingAt("awaitOrderToReturnDeadline");
    }

    @Test
    void withoutAPeriodOnTheNoticeTheJurisdictionsDefaultApplies() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);

        serve(c.id(), "serveOrderToReturn", QINGSHI_OFFICER, today());

        assertThat(deadline(c.id(), DeadlineKind.ORDER_TO_RETURN).amount()).isEqualTo(15);
    }

    @Test
    void aReminderFiresBeforeTheOrderExpires() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        serve(c.id(), "serveOrderToReturn", QINGSHI_OFFICER, today());
        Deadline order = deadline(c.id(), DeadlineKind.ORDER_TO_RETURN);

        moveTo(order.remindAt(2));

        assertThat(published(EnforcementEvents.DeadlineReminder.class)).extracting(EnforcementEvents.DeadlineReminder::kind)
                .contains(DeadlineKind.ORDER_TO_RETURN);
        assertThat(process(c.id())).isWaitingAt("awaitOrderToReturnDeadline");
    }

    @Test
    void anUnheededOrderLeadsToThePenaltyWhereTheJurisdictionMayFine() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        ProcessInstance p = process(c.id());

        orderNotComplied(c.id(), QINGSHI_OFFICER);

        assertThat(deadline(c.id(), DeadlineKind.ORDER_TO_RETURN).status()).isEqualTo(DeadlineStatus.EXPIRED);
        assertThat(p).hasPassed("orderNotComplied", "isFineAllowed").isWaitingAt("openPenaltyCase");
        assertThat(task(c.id(), "openPenaltyCase")).hasCandidateGroup("bureau-legal:" + DemoCounty.COUNTY);
        assertThat(cases.getForProcess(c.id()).stage()).isEqualTo(Stage.PENALTY);
    }

    @Test
    void whereNoFineIsAllowedAnUnheededOrderLeadsToACivilSuit() {
        CaseView c = hekouCaseAtCivilSuit();

        assertThat(process(c.id())).hasPassed("isFineAllowed").hasNotPassed("penalty").isWaitingAt("fileCivilComplaint");
        assertThat(task(c.id(), "fileCivilComplaint")).hasCandidateGroup("township-officer:" + DemoCounty.HEKOU);
        assertThat(cases.getForProcess(c.id()).stage()).isEqualTo(Stage.CIVIL_SUIT);
    }

    @Test
    void theFineSettingIsReadWhenTheOrderExpiresNotWhenTheCaseOpened() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        jurisdictions.putSetting(DemoCounty.QINGSHI, cn.fanxiao.accounts.Setting.FINE_ALLOWED, "false", "test");
        try {
            orderNotComplied(c.id(), QINGSHI_OFFICER);

            assertThat(process(c.id())).isWaitingAt("fileCivilComplaint");
        } finally {
            jurisdictions.putSetting(DemoCounty.QINGSHI, cn.fanxiao.accounts.Setting.FINE_ALLOWED, "true", "test");
        }
    }
}
