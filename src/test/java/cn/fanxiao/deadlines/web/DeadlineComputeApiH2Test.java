package cn.fanxiao.deadlines.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.testsupport.H2IntegrationTest;

@H2IntegrationTest
@AutoConfigureMockMvc
class DeadlineComputeApiH2Test {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoCounty county;

    @BeforeEach
    void demoCounty() {
        county.install();
    }

    private ResultActions compute(String query) throws Exception {
        return mvc.perform(get("/api/deadlines/compute?" + query).with(httpBasic("legal", DemoCounty.PASSWORD)));
    }

    @Test
    void answersWithTheContractShape() throws Exception {
        compute("from=2026-09-14&amount=10&unit=WORKING_DAYS&jurisdiction=" + DemoCounty.QINGSHI)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2026-09-28"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.rule").isNotEmpty())
                .andExpect(jsonPath("$.basis").value(org.hamcrest.Matchers.containsString("行政强制法")))
                .andExpect(jsonPath("$.length()").value(4));
    }

    @Test
    void worksWithoutAJurisdictionOnTheNationalCalendar() throws Exception {
        compute("from=2026-12-20&amount=30&unit=CALENDAR_DAYS").andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2027-01-19"))
                .andExpect(jsonPath("$.provisional").value(true));
    }

    @Test
    void namesTheBadParameter() throws Exception {
        bad("from=2026-09-14&amount=0&unit=WORKING_DAYS", "amount");
        bad("from=2026-09-14&amount=3651&unit=CALENDAR_DAYS", "amount");
        bad("from=2026-09-14&amount=-3&unit=CALENDAR_DAYS", "amount");
        bad("from=2026-09-14&amount=ten&unit=CALENDAR_DAYS", "amount");
        bad("from=2026-09-14&amount=5&unit=WEEKS", "unit");
        bad("from=2026-13-45&amount=5&unit=CALENDAR_DAYS", "from");
        bad("from=14.09.2026&amount=5&unit=CALENDAR_DAYS", "from");
        bad("from=2026-09-14&amount=5&unit=CALENDAR_DAYS&jurisdiction=999999", "jurisdiction");
        bad("amount=5&unit=CALENDAR_DAYS", "from");
    }

    private void bad(String query, String field) throws Exception {
        compute(query).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
