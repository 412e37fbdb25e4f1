package cn.fanxiao.audit.web;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import cn.fanxiao.testsupport.MySqlIntegrationTest;

/** A real HTTP server: the engine's REST API is a servlet of its own, out of MockMvc's reach. */
@MySqlIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CaseLifecycleThroughApiMySqlTest extends CaseLifecycleThroughApiScenario {
}
