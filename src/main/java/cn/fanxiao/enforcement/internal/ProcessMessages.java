package cn.fanxiao.enforcement.internal;

import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.fanxiao.enforcement.process.ProcessVariables;
import cn.fanxiao.shared.ConflictException;

/** Delivers a message to the process of one case; a case whose process cannot take it now is a conflict. */
@Component
class ProcessMessages {

    private final RuntimeService runtime;

    ProcessMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * @param refusal the Chinese message when the process is not waiting for this message (wrong step, ended)
     */
    void deliver(String message, long caseId, Map<String, Object> variables, String refusal) {
        try {
            runtime.createMessageCorrelation(message)
                    .processInstanceVariableEquals(ProcessVariables.CASE_ID, caseId)
                    .setVariables(variables)
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("caseId", refusal);
        }
    }
}
