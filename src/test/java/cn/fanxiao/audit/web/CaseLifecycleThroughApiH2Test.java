package cn.fanxiao.audit.web;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import cn.fanxiao.testsupport.H2IntegrationTest;

/** A real HTTP server: the engine's REST API is a servlet of its own, out of MockMvc's reach. */
@H2IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CaseLifecycleThroughApiH2Test extends CaseLifecycleThroughApiScenario {
}
