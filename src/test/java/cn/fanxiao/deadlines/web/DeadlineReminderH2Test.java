package cn.fanxiao.deadlines.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.deadlines.BoardFixture;
import cn.fanxiao.deadlines.internal.DeadlineReminderJob;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.demo.ProcessDriver;
import cn.fanxiao.testsupport.H2IntegrationTest;
import jakarta.mail.internet.MimeMessage;

/** The morning reminder job against an in-process SMTP server; a context (and database) of its own. */
@H2IntegrationTest
@AutoConfigureMockMvc
class DeadlineReminderH2Test {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("fanxiao.reminders.cron", () -> "-");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCounty county;
    @Autowired
    CaseService cases;
    @Autowired
    ProcessDriver driver;
    @Autowired
    DeadlineReminderJob job;

    @BeforeEach
    void county() {
        county.install();
        jdbc.update("UPDATE fx_user SET email = 'qingshi@example.cn' WHERE username = 'qingshi'");
        jdbc.update("DELETE FROM fx_reminder");
        BoardFixture.fixToday();
    }

    @AfterEach
    void clock() {
        BoardFixture.resetClock();
    }

    @Test
    void remindsTheResponsibleUserOncePerDay() throws Exception {
        // Monday 14 Sep: served Wed 9 Sep → due Wed 16 Sep, 2 working days away
        long soon = BoardFixture.caseServedOn(cases, driver, DemoUsers.QINGSHI, "张三", "qingshi",
                BoardFixture.TODAY.minusDays(5));
        long late = BoardFixture.caseServedOn(cases, driver, DemoUsers.QINGSHI, "李四", "qingshi",
                BoardFixture.TODAY.minusDays(13));
        // due Mon 21 Sep: 5 working days away, beyond the default 3
        BoardFixture.caseServedOn(cases, driver, DemoUsers.QINGSHI, "王五", "qingshi", BoardFixture.TODAY);
        // nobody with an account is responsible
        BoardFixture.caseServedOn(cases, driver, DemoUsers.QINGSHI, "赵六", null, BoardFixture.TODAY.minusDays(5));

        assertThat(job.run()).isEqualTo(2);

        JsonNode reminders = read("qingshi", "/api/reminders");
        assertThat(reminders).hasSize(2);
        assertThat(reminders.get(0).get("caseId").asLong()).isEqualTo(late);
        assertThat(reminders.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(reminders.get(0).get("childName").asText()).isEqualTo("李四");
        assertThat(reminders.get(1).get("caseId").asLong()).isEqualTo(soon);
        assertThat(reminders.get(1).get("overdue").asBoolean()).isFalse();
        assertThat(reminders.get(1).get("dueDate").asText()).isEqualTo("2026-09-16");
        assertThat(reminders.get(1).get("kind").asText()).isEqualTo("RETURN_NOTICE");

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("qingshi@example.cn");
        String body = GreenMailUtil.getBody(mails[0]);
        String text = new String(jakarta.mail.internet.MimeUtility.decode(
                new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)),
                mails[0].getEncoding() == null ? "7bit" : mails[0].getEncoding()).readAllBytes(), StandardCharsets.UTF_8);
        String caseNumber = reminders.get(0).get("caseNumber").asText();
        assertThat(text).contains("【已逾期】", "【即将届满】", caseNumber, "张三", "李四", "2026-09-16")
                .doesNotContainPattern("\\d{17}[\\dX]").doesNotContainPattern("139\\d{8}");

        // the same day again: nothing new, no second mail
        assertThat(job.run()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(read("qingshi", "/api/reminders")).hasSize(2);

        // the badge, reading one, and nobody else's
        mvc.perform(get("/api/reminders/count").with(httpBasic("qingshi", DemoCounty.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(2));
        long id = reminders.get(0).get("id").asLong();
        mvc.perform(post("/api/reminders/" + id + "/read").with(httpBasic("hekou", DemoCounty.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/reminders/" + id + "/read").with(httpBasic("qingshi", DemoCounty.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/reminders/count").with(httpBasic("qingshi", DemoCounty.PASSWORD)))
                .andExpect(jsonPath("$.unread").value(1));
        mvc.perform(get("/api/reminders/count").with(httpBasic("hekou", DemoCounty.PASSWORD)))
                .andExpect(jsonPath("$.unread").value(0));
        assertThat(read("hekou", "/api/reminders")).isEmpty();
    }

    private JsonNode read(String user, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(user, DemoCounty.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
