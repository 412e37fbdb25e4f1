package cn.fanxiao.cases.web;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

import cn.fanxiao.testsupport.H2IntegrationTest;

@H2IntegrationTest
@AutoConfigureMockMvc
class CaseApiH2Test extends CaseApiScenarios {
}
