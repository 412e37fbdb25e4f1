package cn.fanxiao.enforcement.internal;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

import cn.fanxiao.testsupport.MySqlIntegrationTest;

@MySqlIntegrationTest
@AutoConfigureMockMvc
class EngineIndexesMySqlTest extends EngineIndexesScenario {
}
