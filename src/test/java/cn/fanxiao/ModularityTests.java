package cn.fanxiao;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries stay real: no module reaches into another's internal packages, and no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FanxiaoApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        // target/spring-modulith-docs: the component diagram and one canvas per module
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml"))
                .content().contains("\"Cases\"", "\"Enforcement\"", "\"Deadlines\"", "\"Audit\"", "\"Accounts\"");
    }
}
