package cn.fanxiao.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.ProcessDriver;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.enforcement.ServiceTasks;
import cn.fanxiao.enforcement.SigningTasks;
import cn.fanxiao.deadlines.LegalTime;

/**
 * One case from creation to the application for court enforcement, driven only over HTTP: Fanxiao's API for
 * every act of staff, the engine's REST API to run the timers that fall due as the clock moves. Then the
 * timeline must show every transition with who and when.
 */
abstract class CaseLifecycleThroughApiScenario {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    DemoCounty county;
    /** tests give each context's engine a unique name, so the REST calls name it */
    @Autowired
    ProcessEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();
    private ZonedDateTime clock;

    @BeforeEach
    void start() {
        county.install();
        clock = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, LegalTime.ZONE);
        ClockUtil.setCurrentTime(Date.from(clock.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCaseGoesFromCreationToTheCourtApplicationAndItsTimelineShowsEveryTransition() throws Exception {
        var newCase = DemoChildren.newCase(DemoCounty.QINGSHI, 20_000 + (int) (System.nanoTime() % 50_000),
                today().minusDays(30));
        JsonNode created = call("POST", "/api/cases", "qingshi", newCase, 201);
        long id = created.get("id").asLong();
        String number = created.get("caseNumber").asText();

        complete(id, "verifyDropout", "teacher", Map.of("verification", "CONFIRMED"));
        serve(id, "issueReturnNotice", "qingshi");
        assertStage(id, "PERSUASION");

        advanceDays(10);
        assertStage(id, "ORDER_TO_RETURN");
        serve(id, "serveOrderToReturn", "qingshi");

        advanceDays(20);
        assertStage(id, "PENALTY");
        complete(id, "openPenaltyCase", "legal", Map.of("openedOn", today().toString()));
        serve(id, "servePriorNotice", "legal");
        advanceDays(10);
        complete(id, "decidePenalty", "legal",
                Map.of("penaltyDecision", "PENALISE", "decidedOn", today().toString(), "fineAmount", "1000"));
        serve(id, "servePenaltyDecision", "legal");

        advanceDays(200);
        assertStage(id, "NON_LITIGATION_ENFORCEMENT");
        serve(id, "serveDemandLetter", "legal");
        advanceDays(20);
        complete(id, "applyToCourt", "legal", Map.of("filedOn", today().toString(), "court", "示范县人民法院"));
        assertThat(taskKeys(id)).containsExactly("recordCourtRuling");

        JsonNode timeline = call("GET", "/api/cases/" + id + "/timeline", "auditor", null, 200);
        List<String> lines = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (JsonNode entry : timeline) {
            Instant at = Instant.parse(entry.get("at").asText());
            assertThat(at).isAfterOrEqualTo(previous);
            previous = at;
            assertThat(entry.get("actor").asText()).isNotBlank();
            lines.add(entry.get("actor").asText() + " " + entry.get("type").asText() + " " + entry.get("summary").asText());
        }
        assertThat(lines).anyMatch(l -> l.startsWith("qingshi CASE_OPENED") && l.contains(number));
        assertThat(lines).anyMatch(l -> l.startsWith("qingshi DOCUMENT_SERVED") && l.contains("《限期复学通知书》第1次送达（直接送达"));
        for (String step : List.of("第一步", "第二步", "第三步", "第四步")) {
            assertThat(lines).anyMatch(l -> l.contains("STAGE_CHANGED") && l.contains("→ " + step));
        }
        assertThat(lines).anyMatch(l -> l.startsWith("teacher TASK_COMPLETED"));
        for (String task : List.of("审核并签发入学（复学）通知书", "送达入学（复学）通知书", "审核并签发限期复学通知书",
                "送达限期复学通知书")) {
            assertThat(lines).anyMatch(l -> l.startsWith("qingshi TASK_COMPLETED") && l.contains(task));
        }
        assertThat(lines.stream().filter(l -> l.startsWith("legal TASK_COMPLETED")).count()).isGreaterThanOrEqualTo(6);
        assertThat(lines).anyMatch(l -> l.contains("TIMER_FIRED"));
        assertThat(lines).anyMatch(l -> l.contains("DEADLINE_OPENED") && l.contains("申请法院强制执行期限"));
        assertThat(lines).anyMatch(l -> l.contains("DEADLINE_EXPIRED"));

        JsonNode chain = call("GET", "/api/cases/" + id + "/audit/verify", "auditor", null, 200);
        assertThat(chain.get("intact").asBoolean()).isTrue();
        assertThat(chain.get("entries").asInt()).isGreaterThan(10);

        JsonNode deadlines = call("GET", "/api/cases/" + id + "/deadlines", "legal", null, 200);
        assertThat(deadlines.findValuesAsText("kind")).contains("FILING_WINDOW", "DEMAND_LETTER_WAIT");
    }

    /**
     * 签发 and 送达 as staff do it: the 审核并签发 task signs the notice, its service is registered from the issued
     * document, served directly today (with evidence), then the 送达 task completed.
     */
    private void serve(long caseId, String taskKey, String user) throws Exception {
        DocumentType type = DocumentType.of(ServiceTasks.documentServedBy(taskKey).orElseThrow());
        complete(caseId, SigningTasks.taskSigning(type).orElseThrow(), user,
                Map.of("details", ProcessDriver.typedDetails(type)));
        JsonNode signed = null;
        for (JsonNode d : call("GET", "/api/cases/" + caseId + "/documents", user, null, 200)) {
            if (d.get("type").asText().equals(type.name()) && d.get("status").asText().equals("ISSUED")) {
                signed = d;
            }
        }
        assertThat(signed).as("《%s》 signed", type.title()).isNotNull();
        JsonNode service = call("POST", "/api/documents/" + signed.get("id").asLong() + "/services", user,
                Map.of("recipient", "李大山", "address", "示范县青石镇青石村3组"), 201);
        JsonNode served = call("POST", "/api/cases/" + caseId + "/services/" + service.get("id").asLong() + "/attempts",
                user, Map.of("method", "DIRECT", "served", true, "attemptedAt", today() + "T10:00:00",
                        "receivedBy", "李大山", "servers", List.of("李青", "王明"), "evidenceRefs", List.of("回证照片01")), 200);
        assertThat(served.get("status").asText()).isEqualTo("SERVED");
        complete(caseId, taskKey, user, Map.of());
    }

    private void complete(long caseId, String taskKey, String user, Map<String, Object> form) throws Exception {
        JsonNode tasks = call("GET", "/api/cases/" + caseId + "/tasks", user, null, 200);
        String taskId = null;
        for (JsonNode t : tasks) {
            if (t.get("key").asText().equals(taskKey)) {
                taskId = t.get("id").asText();
            }
        }
        assertThat(taskId).as("case waits at %s, open: %s", taskKey, taskKeys(caseId)).isNotNull();
        call("POST", "/api/tasks/" + taskId + "/complete", user, form, 204);
    }

    private List<String> taskKeys(long caseId) throws Exception {
        return call("GET", "/api/cases/" + caseId + "/tasks", "legal", null, 200).findValuesAsText("key");
    }

    /** Moves the clock and runs, through the engine's REST API, every job that has fallen due. */
    private void advanceDays(int days) throws Exception {
        clock = clock.plusDays(days);
        ClockUtil.setCurrentTime(Date.from(clock.toInstant()));
        // one at a time: a fired timer may end the activity whose other timers were also due
        for (int round = 0; round < 100; round++) {
            JsonNode due = call("GET", "/engine-rest/engine/" + engine.getName() + "/job?executable=true&maxResults=1",
                    "legal", null, 200);
            if (due.isEmpty()) {
                return;
            }
            call("POST", "/engine-rest/engine/" + engine.getName() + "/job/" + due.get(0).get("id").asText()
                    + "/execute", "legal", null, 204);
        }
        throw new AssertionError("jobs keep falling due: a timer loop?");
    }

    private void assertStage(long id, String stage) throws Exception {
        assertThat(call("GET", "/api/cases/" + id, "legal", null, 200).get("stage").asText()).isEqualTo(stage);
    }

    private LocalDate today() {
        return clock.toLocalDate();
    }

    private JsonNode call(String method, String path, String user, Object body, int expected) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + DemoCounty.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json");
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                    body == null ? "{}" : json.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("%s %s → %s", method, path, response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
