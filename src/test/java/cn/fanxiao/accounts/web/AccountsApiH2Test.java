package cn.fanxiao.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.testsupport.H2IntegrationTest;

@H2IntegrationTest
@AutoConfigureMockMvc
class AccountsApiH2Test {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCounty county;

    @BeforeEach
    void demoCounty() {
        county.install();
    }

    private ResultActions putSetting(String user, String code, String key, String value) throws Exception {
        return mvc.perform(put("/api/jurisdictions/" + code + "/settings/" + key)
                .with(httpBasic(user, DemoCounty.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":\"" + value + "\"}"));
    }

    @Test
    void meTellsRoleJurisdictionAndTaskGroups() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("qingshi", DemoCounty.PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("TOWNSHIP_OFFICER"))
                .andExpect(jsonPath("$.townshipCode").value(DemoCounty.QINGSHI))
                .andExpect(jsonPath("$.candidateGroups[0]").value("township-officer:" + DemoCounty.QINGSHI));
    }

    @Test
    void countyLegalStaffChangeASettingAndTheChangeIsAudited() throws Exception {
        int audited = jdbc.queryForObject("SELECT COUNT(*) FROM fx_audit_event WHERE event_type = 'SETTING_CHANGED'",
                Integer.class);
        putSetting("legal", DemoCounty.CHENGGUAN, "ORDER_TO_RETURN_DAYS", "10").andExpect(status().isOk());
        mvc.perform(get("/api/jurisdictions/" + DemoCounty.CHENGGUAN + "/settings")
                        .with(httpBasic("chengguan", DemoCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'ORDER_TO_RETURN_DAYS')].value").value("10"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fx_audit_event WHERE event_type = 'SETTING_CHANGED'",
                Integer.class)).isEqualTo(audited + 1);
        putSetting("legal", DemoCounty.CHENGGUAN, "ORDER_TO_RETURN_DAYS", "15").andExpect(status().isOk());
    }

    @Test
    void theCountysIssuerIsItsEducationBureauAndATownshipNeverInheritsIt() throws Exception {
        mvc.perform(get("/api/jurisdictions/" + DemoCounty.COUNTY + "/settings")
                        .with(httpBasic("legal", DemoCounty.PASSWORD)))
                .andExpect(jsonPath("$[?(@.key == 'ISSUER_NAME')].value").value("示范县教育体育局"))
                .andExpect(jsonPath("$[?(@.key == 'ISSUER_PHONE')].value").value("0870-5550001"));
        mvc.perform(get("/api/jurisdictions/" + DemoCounty.HEKOU + "/settings")
                        .with(httpBasic("hekou", DemoCounty.PASSWORD)))
                .andExpect(jsonPath("$[?(@.key == 'ISSUER_NAME')].value").value(""))
                .andExpect(jsonPath("$[?(@.key == 'ISSUER_SHORT_NAME')].value").value(""))
                .andExpect(jsonPath("$[?(@.key == 'ISSUER_PHONE')].value").value("0870-5550202"))
                // what the county's bodies share still passes down
                .andExpect(jsonPath("$[?(@.key == 'COURT')].value").value("示范县人民法院"));
    }

    @Test
    void badValuesAreNamedAndOthersMayNotChangeSettings() throws Exception {
        putSetting("legal", DemoCounty.HEKOU, "FINE_ALLOWED", "maybe").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"));
        putSetting("legal", DemoCounty.HEKOU, "MAKEUP_DAYS_ARE_WORKING_DAYS", "7").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"));
        putSetting("legal", DemoCounty.HEKOU, "RETURN_NOTICE_DAYS", "0").andExpect(status().isBadRequest());
        putSetting("legal", DemoCounty.HEKOU, "CASE_NUMBER_PATTERN", "无序号").andExpect(status().isBadRequest());
        putSetting("legal", DemoCounty.HEKOU, "NO_SUCH_SETTING", "1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("key"));
        putSetting("hekou", DemoCounty.HEKOU, "FINE_ALLOWED", "true").andExpect(status().isForbidden());
        putSetting("auditor", DemoCounty.HEKOU, "FINE_ALLOWED", "true").andExpect(status().isForbidden());
        putSetting("legal", "999999", "FINE_ALLOWED", "true").andExpect(status().isNotFound());
    }
}
