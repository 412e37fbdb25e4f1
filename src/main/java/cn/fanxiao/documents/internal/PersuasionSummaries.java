package cn.fanxiao.documents.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.Visit;
import cn.fanxiao.cases.VisitMethod;
import cn.fanxiao.documents.DocumentModel.DocumentRef;

/**
 * The 前期劝返情况 of a 限期复学通知书, written from what the case file proves: the persuasion visits recorded and
 * the return notice served. Only counts and dates are stated, nothing the file does not hold (no reasons, no
 * replies): the order is an administrative act and every fact in it may be challenged.
 */
@Component
class PersuasionSummaries {

    private final CaseService cases;

    PersuasionSummaries(CaseService cases) {
        this.cases = cases;
    }

    /**
     * The summary, or null when the file proves nothing done before the order: the officer must then say what was
     * done, rather than the order saying nothing was.
     *
     * @param returnNotice the return notice in force, mentioned only if it has been served
     */
    String of(CaseView c, DocumentRef returnNotice) {
        // the caller has checked the user's scope on this case already; the file is read as the system would
        List<Visit> visits = cases.visits(c.id(), CurrentUser.system(c.countyCode()));
        return write(c.child().name(), visits.stream().map(Visit::method).toList(), returnNotice);
    }

    /**
     * Follows the template's sentence on the dropout date ("…自2026年9月1日起无正当理由未到校上学。"), hence
     * 此后 rather than the date again, e.g. 此后，经3次入户劝返，并于2026年9月8日向你们送达《入学（复学）通知书》
     * （青石复学通字〔2026〕1号），李小明至今仍未返校复学。
     */
    static String write(String childName, List<VisitMethod> visits, DocumentRef returnNotice) {
        boolean served = returnNotice != null && returnNotice.servedOn() != null;
        if (visits.isEmpty() && !served) {
            return null;
        }
        StringBuilder s = new StringBuilder("此后，");
        if (!visits.isEmpty()) {
            s.append(visitsPhrase(visits));
        }
        if (served) {
            s.append(visits.isEmpty() ? "本机关" : "，并").append("于").append(date(returnNotice.servedOn()))
                    .append("向你们送达《").append(returnNotice.title()).append('》');
            if (returnNotice.number() != null && !returnNotice.number().isBlank()) {
                s.append('（').append(returnNotice.number()).append('）');
            }
        }
        return s.append('，').append(childName).append("至今仍未返校复学。").toString();
    }

    /** 经3次入户劝返; with mixed methods 经3次劝返（入户2次、电话1次）. */
    private static String visitsPhrase(List<VisitMethod> visits) {
        Map<VisitMethod, Long> byMethod = visits.stream()
                .collect(Collectors.groupingBy(m -> m, () -> new EnumMap<>(VisitMethod.class), Collectors.counting()));
        if (byMethod.size() == 1) {
            return "经" + visits.size() + "次" + shortLabel(byMethod.keySet().iterator().next()) + "劝返";
        }
        return "经" + visits.size() + "次劝返（" + byMethod.entrySet().stream()
                .map(e -> shortLabel(e.getKey()) + e.getValue() + "次")
                .collect(Collectors.joining("、")) + "）";
    }

    private static String shortLabel(VisitMethod method) {
        return switch (method) {
            case IN_PERSON -> "入户";
            case PHONE -> "电话";
            case VIDEO -> "视频";
        };
    }

    /** As documents write dates (GB/T 9704: Arabic numerals, no leading zeros). */
    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
