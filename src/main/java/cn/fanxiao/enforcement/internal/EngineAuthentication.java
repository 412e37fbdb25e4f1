package cn.fanxiao.enforcement.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as a user, so Camunda's history (user operation log, task assignee changes) names who acted.
 * Restores whatever authentication was there before (e.g. the engine REST API's).
 */
@Component
class EngineAuthentication {

    private final IdentityService identity;

    EngineAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    void runAs(String userId, Runnable work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthenticatedUserId(userId);
        try {
            work.run();
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }
}
