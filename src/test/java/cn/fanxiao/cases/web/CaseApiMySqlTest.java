package cn.fanxiao.cases.web;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

import cn.fanxiao.testsupport.MySqlIntegrationTest;

@MySqlIntegrationTest
@AutoConfigureMockMvc
class CaseApiMySqlTest extends CaseApiScenarios {
}
