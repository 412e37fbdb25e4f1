package cn.fanxiao.enforcement.internal;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

import cn.fanxiao.testsupport.H2IntegrationTest;

@H2IntegrationTest
@AutoConfigureMockMvc
class EngineIndexesH2Test extends EngineIndexesScenario {
}
