package cn.fanxiao.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import cn.fanxiao.enforcement.FormField;
import cn.fanxiao.enforcement.ServiceTasks;

/** The form table and the model agree: every user task has a form, every gateway tests a value a form can give. */
class TaskFormsTest {

    private static final Pattern EQUALS = Pattern.compile("\\$\\{(\\w+) == '(\\w+)'}");

    private final BpmnModelInstance model = Bpmn.readModelFromStream(
            TaskFormsTest.class.getResourceAsStream("/bpmn/dropout-enforcement.bpmn"));

    private final Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);

    @Test
    void everyUserTaskOfTheModelHasAFormExceptServiceTasksWhoseDateComesFromTheServiceRecord() {
        assertThat(userTasks).hasSizeGreaterThan(20).allSatisfy(t -> {
            assertThat(TaskForms.declares(t.getId())).as(t.getId()).isTrue();
            if (ServiceTasks.documentServedBy(t.getId()).isEmpty()) {
                assertThat(TaskForms.of(t.getId())).as(t.getId()).isNotEmpty();
            }
        });
        assertThat(ServiceTasks.documentServedBy("serveOrderToReturn")).isPresent();
        assertThat(userTasks).filteredOn(t -> ServiceTasks.documentServedBy(t.getId()).isPresent()).hasSize(5);
    }

    @Test
    void everyGatewayConditionComparesAFieldWithOneOfItsOptions() {
        List<FormField> fields = userTasks.stream().flatMap(t -> TaskForms.of(t.getId()).stream()).toList();
        List<ConditionExpression> conditions = List.copyOf(model.getModelElementsByType(ConditionExpression.class));
        long compared = conditions.stream().map(c -> EQUALS.matcher(c.getTextContent().strip()))
                .filter(Matcher::matches)
                .peek(m -> assertThat(fields).as(m.group()).anySatisfy(f -> {
                    assertThat(f.name()).isEqualTo(m.group(1));
                    assertThat(f.options()).extracting(FormField.Option::value).contains(m.group(2));
                }))
                .count();
        assertThat(compared).isEqualTo(6);
    }

    @Test
    void theFieldsGatewaysReadAreFieldsOfSomeForm() {
        List<String> names = userTasks.stream().flatMap(t -> TaskForms.of(t.getId()).stream()).map(FormField::name).toList();
        assertThat(names).containsAll(TaskForms.PROCESS_FIELDS);
    }
}
