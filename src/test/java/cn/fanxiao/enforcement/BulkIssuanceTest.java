package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.ChildData;
import cn.fanxiao.cases.Gender;
import cn.fanxiao.cases.GuardianData;
import cn.fanxiao.cases.NewCase;
import cn.fanxiao.cases.ReasonCategory;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.documents.DocumentType;

/** 批量签发 over HTTP: a township's due notices signed in the background, each case's outcome reported. */
class BulkIssuanceTest extends EnforcementTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void everyReturnNoticeDueInTheTownshipIsSignedAndACaseThatCannotBeIsReportedWithItsReason() throws Exception {
        List<CaseView> ready = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CaseView c = openQingshiCase();
            confirm(c.id());
            ready.add(c);
        }
        CaseView withoutIds = openCaseWithoutIdNumbers();
        confirm(withoutIds.id());

        String location = start("qingshi", "signReturnNotice").andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getHeader("Location");
        JsonNode job = awaitDone(location);

        assertThat(job.get("total").asInt()).isEqualTo(job.get("issued").asInt() + job.get("failed").asInt());
        for (CaseView c : ready) {
            JsonNode item = item(job, c.id());
            assertThat(item.get("outcome").asText()).isEqualTo("ISSUED");
            assertThat(item.get("documentNumber").asText())
                    .isEqualTo(notices.inForce(c.id(), DocumentType.RETURN_NOTICE).orElseThrow().number());
            assertThat(process(c.id())).isWaitingAt("issueReturnNotice");
        }
        JsonNode failed = item(job, withoutIds.id());
        assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(failed.get("message").asText()).contains("公民身份号码");
        assertThat(notices.inForce(withoutIds.id(), DocumentType.RETURN_NOTICE)).isEmpty();
        assertThat(process(withoutIds.id())).isWaitingAt("signReturnNotice");
    }

    @Test
    void onlyTheTownshipsOwnOfficersSignInBulkAndPenaltyNoticesNeverAre() throws Exception {
        start("auditor", "signReturnNotice").andExpect(status().isForbidden());
        start("legal", "signReturnNotice").andExpect(status().isForbidden());
        start("hekou", "signReturnNotice").andExpect(status().isNotFound());
        start("qingshi", "signPriorNotice").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("taskKey"));
        start("qingshi", "verifyDropout").andExpect(status().isBadRequest());

        String location = start("qingshi", "signOrderToReturn").andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        awaitDone(location);
        mvc.perform(get(location).with(httpBasic("hekou", DemoCounty.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(httpBasic("auditor", DemoCounty.PASSWORD))).andExpect(status().isOk());
    }

    private ResultActions start(String user, String taskKey) throws Exception {
        return mvc.perform(post("/api/bulk-issuances").with(httpBasic(user, DemoCounty.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("townshipCode", DemoCounty.QINGSHI, "taskKey", taskKey))));
    }

    /** Polls the job the way a client does (the background thread renders one notice after another). */
    private JsonNode awaitDone(String location) throws Exception {
        long giveUp = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonNode job = json.readTree(mvc.perform(get(location).with(httpBasic("qingshi", DemoCounty.PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            if (job.get("status").asText().equals("DONE")) {
                return job;
            }
            assertThat(System.nanoTime()).as("bulk issuance still running: %s", job).isLessThan(giveUp);
            Thread.sleep(200);
        }
    }

    private static JsonNode item(JsonNode job, long caseId) {
        for (JsonNode item : job.get("items")) {
            if (item.get("caseId").asLong() == caseId) {
                return item;
            }
        }
        throw new AssertionError("case " + caseId + " not in " + job);
    }

    /** A case whose file lacks the ID numbers every notice must print (§4.3). */
    private CaseView openCaseWithoutIdNumbers() {
        CaseView opened = cases.open(new NewCase(
                new ChildData("王小花", Gender.FEMALE, LocalDate.of(2012, 7, 1), null, "TN" + System.nanoTime(), "汉族",
                        "石门村", false, false, true, false),
                List.of(new GuardianData("母亲", "王桂芳", null, "13800000001", "石门村", "在家", true)),
                DemoCounty.QINGSHI_SCHOOL, null, "七年级", "2班", ReasonCategory.MIGRANT_WORK, null,
                START.toLocalDate().minusDays(20), List.of()), QINGSHI_OFFICER);
        track(opened.id());
        return opened;
    }
}
