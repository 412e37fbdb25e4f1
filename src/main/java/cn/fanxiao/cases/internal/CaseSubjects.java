package cn.fanxiao.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.fanxiao.cases.ResponsibleLine;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.deadlines.DeadlineSubjects;

/** The case facts the deadline board and reminders show: two queries per call, whatever the number of cases. */
@Component
class CaseSubjects implements DeadlineSubjects {

    private static final int CHUNK = 500;

    private final CaseMapper mapper;

    CaseSubjects(CaseMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Map<Long, Subject> describe(Collection<Long> caseIds) {
        List<Long> ids = caseIds.stream().distinct().toList();
        Map<Long, Subject> result = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, List<String>> persons = new HashMap<>();
            Map<Long, List<String>> usernames = new HashMap<>();
            for (Rows.ResponsibleRow r : mapper.responsiblePersonsOf(chunk)) {
                persons.computeIfAbsent(r.caseId, k -> new ArrayList<>())
                        .add(ResponsibleLine.valueOf(r.line).label() + " " + r.name);
                if (r.username != null && !r.username.isBlank()) {
                    usernames.computeIfAbsent(r.caseId, k -> new ArrayList<>()).add(r.username);
                }
            }
            for (Rows.CaseRow c : mapper.subjects(chunk)) {
                result.put(c.id, new Subject(c.id, c.caseNumber, c.childName, Stage.valueOf(c.stage).label(),
                        List.copyOf(persons.getOrDefault(c.id, List.of())),
                        List.copyOf(usernames.getOrDefault(c.id, List.of()))));
            }
        }
        return result;
    }
}
