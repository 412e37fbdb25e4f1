package cn.fanxiao.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoIds;

/**
 * The case API as a client sees it, run against H2 and against MySQL/MariaDB by the two subclasses.
 * Every rejected request must leave the tables exactly as they were.
 */
abstract class CaseApiScenarios {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 400));

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCounty county;

    @BeforeEach
    void demoCounty() {
        county.install();
    }

    /** A valid request body for a child with a fresh ID number. */
    ObjectNode newCase() {
        int seq = SEQUENCE.incrementAndGet() % 500;
        LocalDate birth = LocalDate.of(2012, 1, 1).plusDays(seq * 3L + ThreadLocalRandom.current().nextInt(3));
        ObjectNode body = json.createObjectNode();
        ObjectNode child = body.putObject("child");
        child.put("name", "李小明");
        child.put("gender", "MALE");
        child.put("birthDate", birth.toString());
        child.put("residentIdNumber", DemoIds.residentId("539901", birth, seq, true));
        child.put("studentRegistryNumber", "G" + DemoIds.residentId("539901", birth, seq, true));
        child.put("ethnicity", "彝族");
        child.put("householdAddress", "示范县青石镇石门村3组");
        child.put("leftBehind", true);
        ArrayNode guardians = body.putArray("guardians");
        ObjectNode father = guardians.addObject();
        father.put("relation", "父亲");
        father.put("name", "李大山");
        father.put("residentIdNumber", DemoIds.residentId("539901", LocalDate.of(1985, 3, 2), seq, true));
        father.put("phone", "13812345678");
        father.put("whereabouts", "广东省东莞市务工");
        father.put("worksInOtherProvince", true);
        body.put("schoolCode", DemoCounty.QINGSHI_SCHOOL);
        body.put("villageCode", DemoCounty.QINGSHI + "201");
        body.put("grade", "七年级");
        body.put("className", "2班");
        body.put("reasonCategory", "LEARNING_DIFFICULTY");
        body.put("dropoutDate", LocalDate.now().minusDays(20).toString());
        ArrayNode responsible = body.putArray("responsiblePersons");
        responsible.addObject().put("line", "GOVERNMENT").put("name", "李青").put("position", "青石镇副镇长");
        responsible.addObject().put("line", "EDUCATION").put("name", "陈老师").put("position", "班主任");
        return body;
    }

    ResultActions send(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
        return mvc.perform(request.with(httpBasic(user, DemoCounty.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    ResultActions create(ObjectNode body) throws Exception {
        return send(post("/api/cases"), "qingshi", body);
    }

    Map<String, Integer> counts() {
        return Map.of("fx_case", count("fx_case"), "fx_child", count("fx_child"), "fx_guardian", count("fx_guardian"),
                "fx_responsible_person", count("fx_responsible_person"), "fx_audit_event", count("fx_audit_event"),
                "ACT_RU_EXECUTION", count("ACT_RU_EXECUTION"));
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** Sends a bad request and proves it changed nothing. */
    void rejected(ObjectNode body, int status, String field) throws Exception {
        Map<String, Integer> before = counts();
        create(body).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void opensACaseWithANumberAndMaskedIdsAndStartsTheProcess() throws Exception {
        ObjectNode body = newCase();
        String id = body.get("child").get("residentIdNumber").asText();
        JsonNode created = json.readTree(create(body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());

        assertThat(created.get("caseNumber").asText()).matches("示范控辍〔\\d{4}〕\\d+号");
        assertThat(created.get("stage").asText()).isEqualTo("VERIFICATION");
        assertThat(created.get("child").get("residentIdNumber").asText())
                .isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(created.get("guardians").get(0).get("residentIdNumber").asText()).contains("********");
        assertThat(created.get("responsiblePersons")).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT resident_id_number FROM fx_child WHERE id = ?", String.class,
                created.get("child").get("id").asLong())).isEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?",
                Integer.class, created.get("caseNumber").asText())).isPositive();

        send(get("/api/cases/" + created.get("id").asLong()), "legal", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(created.get("caseNumber").asText()));
    }

    @Test
    void refusesAWrongCheckDigitNamingTheField() throws Exception {
        ObjectNode body = newCase();
        String id = body.get("child").get("residentIdNumber").asText();
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        ((ObjectNode) body.get("child")).put("residentIdNumber", id.substring(0, 17) + wrong);
        rejected(body, 400, "child.residentIdNumber");
    }

    @Test
    void refusesABirthDateInTheFuture() throws Exception {
        ObjectNode body = newCase();
        ObjectNode child = (ObjectNode) body.get("child");
        child.remove("residentIdNumber");
        child.put("birthDate", LocalDate.now().plusDays(3).toString());
        rejected(body, 400, "child.birthDate");
    }

    @Test
    void refusesADropoutDateBeforeBirth() throws Exception {
        ObjectNode body = newCase();
        body.put("dropoutDate", "2005-09-01");
        rejected(body, 400, "dropoutDate");
    }

    @Test
    void refusesAnUnknownSchool() throws Exception {
        ObjectNode body = newCase();
        body.put("schoolCode", "0000000000");
        rejected(body, 400, "schoolCode");
    }

    @Test
    void refusesACaseWithoutAGuardian() throws Exception {
        ObjectNode body = newCase();
        body.putArray("guardians");
        rejected(body, 400, "guardians");
    }

    @Test
    void refusesMarkupInAName() throws Exception {
        ObjectNode body = newCase();
        ((ObjectNode) body.get("guardians").get(0)).put("name", "<b>x</b>");
        rejected(body, 400, "guardians[0].name");
    }

    @Test
    void refusesAMalformedDateNamingTheField() throws Exception {
        ObjectNode body = newCase();
        body.put("dropoutDate", "2026/13/45");
        rejected(body, 400, "dropoutDate");
    }

    @Test
    void refusesATenMegabyteBodyWith413() throws Exception {
        ObjectNode body = newCase();
        body.put("reasonDetail", "厌".repeat(10 * 1024 * 1024 / 3));
        rejected(body, 413, "body");
    }

    @Test
    void refusesASecondOpenCaseForTheSameChildNamingTheExistingCase() throws Exception {
        ObjectNode body = newCase();
        String number = json.readTree(create(body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
        Map<String, Integer> before = counts();
        create(body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("child.residentIdNumber"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(number)));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void storesALegacyFifteenDigitIdNumberAsEighteenDigits() throws Exception {
        // 15-digit numbers were issued before 1999, so they belong to guardians, not to school-age children
        ObjectNode body = newCase();
        String guardian18 = DemoIds.residentId("539901", LocalDate.of(1975, 6, 1), 7, false);
        String guardian15 = guardian18.substring(0, 6) + guardian18.substring(8, 17);
        ((ObjectNode) body.get("guardians").get(0)).put("residentIdNumber", guardian15);
        long caseId = json.readTree(create(body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT resident_id_number FROM fx_guardian WHERE case_id = ?", String.class,
                caseId)).isEqualTo(guardian18);
    }

    @Test
    void opensACaseWithoutIdNumberWhenTheStudentRegistryNumberIsGiven() throws Exception {
        ObjectNode body = newCase();
        ((ObjectNode) body.get("child")).remove("residentIdNumber");
        create(body).andExpect(status().isCreated()).andExpect(jsonPath("$.child.studentRegistryNumber").isNotEmpty());
    }

    @Test
    void keepsCasesInsideTheUsersJurisdiction() throws Exception {
        long id = json.readTree(create(newCase()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        send(get("/api/cases/" + id), "hekou", "").andExpect(status().isNotFound());
        send(get("/api/cases/" + id), "auditor", "").andExpect(status().isOk());
        send(get("/api/cases?township=" + DemoCounty.QINGSHI), "hekou", "")
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        rejectedFor("auditor", newCase(), 403);
    }

    private void rejectedFor(String user, ObjectNode body, int status) throws Exception {
        Map<String, Integer> before = counts();
        send(post("/api/cases"), user, body).andExpect(status().is(status));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void numbersTheFirstCaseOfAYearOneAndCountsOnWithoutGaps() throws Exception {
        // a year nobody has opened a case in yet: the clock is moved there
        // (Camunda's MySQL schema uses TIMESTAMP columns, which end in 2038)
        int year = 2030 + ThreadLocalRandom.current().nextInt(8);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                LocalDate.of(year, 3, 2).atStartOfDay(cn.fanxiao.deadlines.LegalTime.ZONE).toInstant()));
        try {
            String first = json.readTree(create(newCase()).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
            String second = json.readTree(create(newCase()).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
            assertThat(first).isEqualTo("示范控辍〔" + year + "〕1号");
            assertThat(second).isEqualTo("示范控辍〔" + year + "〕2号");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void allocatesDistinctCaseNumbersToConcurrentOpenings() throws Exception {
        List<ObjectNode> bodies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bodies.add(newCase());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (ObjectNode body : bodies) {
                Callable<String> open = () -> json.readTree(create(body).andExpect(status().isCreated())
                        .andReturn().getResponse().getContentAsString()).get("caseNumber").asText();
                numbers.add(pool.submit(open));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> n : numbers) {
                distinct.add(n.get());
            }
            assertThat(distinct).hasSize(8);
        } finally {
            pool.shutdown();
        }
    }
}
