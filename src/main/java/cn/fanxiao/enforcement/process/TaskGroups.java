package cn.fanxiao.enforcement.process;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CandidateGroups;

/** {@link CandidateGroups} as a bean, so the model's {@code camunda:candidateGroups} expressions can call it. */
@Component
public class TaskGroups {

    public String school(String schoolCode) {
        return CandidateGroups.school(schoolCode);
    }

    public String township(String townshipCode) {
        return CandidateGroups.township(townshipCode);
    }

    public String bureauLegal(String countyCode) {
        return CandidateGroups.bureauLegal(countyCode);
    }
}
