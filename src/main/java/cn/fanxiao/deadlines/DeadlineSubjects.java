package cn.fanxiao.deadlines;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the deadline board and the reminders need to know about the cases their deadlines belong to. Implemented
 * by the {@code cases} module (which depends on this one, not the other way round).
 */
public interface DeadlineSubjects {

    /** The cases among {@code caseIds} that exist, by id; a few queries for the whole collection. */
    Map<Long, Subject> describe(Collection<Long> caseIds);

    /**
     * @param responsiblePersons "政府线 李青" style: line and name of each responsible person (双线包保)
     * @param responsibleUsernames the Fanxiao accounts among them (those who get reminders)
     */
    record Subject(long caseId, String caseNumber, String childName, String stageLabel,
                   List<String> responsiblePersons, List<String> responsibleUsernames) {
    }
}
