package cn.fanxiao.cases;

/** Filters of the case list; null means "any". Always scoped to the user's jurisdiction as well. */
public record CaseSearch(String townshipCode, Stage stage, CaseStatus status, Boolean overdue, String childName,
                         int page, int size) {

    public CaseSearch {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }
}
