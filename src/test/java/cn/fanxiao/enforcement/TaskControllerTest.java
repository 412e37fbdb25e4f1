package cn.fanxiao.enforcement;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.fanxiao.cases.CaseView;
import cn.fanxiao.demo.DemoCounty;

/** The REST surface: JSON shapes, problem details and the jurisdiction check, through the real security chain. */
class TaskControllerTest extends EnforcementTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void myTasksListTheCaseNumberTheChineseNameAndTheFormFields() throws Exception {
        CaseView c = openQingshiCase();
        String taskId = task(c.id(), "verifyDropout").getId();

        mvc.perform(get("/api/tasks").with(httpBasic("teacher", DemoCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')].caseNumber", taskId).value(c.caseNumber()))
                .andExpect(jsonPath("$[?(@.id == '%s')].name", taskId).value("核查疑似辍学"))
                .andExpect(jsonPath("$[?(@.id == '%s')].fields[0].name", taskId).value("verification"))
                .andExpect(jsonPath("$[?(@.id == '%s')].fields[0].options[0].value", taskId).value("CONFIRMED"));
    }

    @Test
    void completingWithAnUnknownChoiceIsA400NamingTheField() throws Exception {
        CaseView c = openQingshiCase();
        String taskId = task(c.id(), "verifyDropout").getId();

        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("teacher", DemoCounty.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"verification\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("verification"))
                .andExpect(jsonPath("$.errors[0].message").value("核查结果的取值无效：MAYBE"));
    }

    @Test
    void completingSucceedsWith204AndMovesTheProcessOn() throws Exception {
        CaseView c = openQingshiCase();
        String taskId = task(c.id(), "verifyDropout").getId();

        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("qingshi", DemoCounty.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"verification\":\"CONFIRMED\"}"))
                .andExpect(status().isNoContent());

        assertThat(process(c.id())).isWaitingAt("signReturnNotice");
    }

    @Test
    void anotherJurisdictionsTaskAndCaseAreNotFound() throws Exception {
        CaseView c = openQingshiCase();
        String taskId = task(c.id(), "verifyDropout").getId();

        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("hekou", DemoCounty.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"verification\":\"CONFIRMED\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/{id}/tasks", c.id()).with(httpBasic("hekou", DemoCounty.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/{id}/tasks", c.id()).with(httpBasic("legal", DemoCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value("verifyDropout"));
    }

    @Test
    void aRelapseOutsideMonitoringIsA409AndAuditorsMayNotReportOne() throws Exception {
        CaseView c = openQingshiCase();

        mvc.perform(post("/api/cases/{id}/relapse", c.id()).with(httpBasic("qingshi", DemoCounty.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dropoutDate\":\"" + today() + "\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/cases/{id}/relapse", c.id()).with(httpBasic("auditor", DemoCounty.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dropoutDate\":\"" + today() + "\"}"))
                .andExpect(status().isForbidden());
    }
}
