package cn.fanxiao.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;

/** Insert parameter: MyBatis writes the generated id back into {@code id}. */
class DeadlineRow {
    Long id;
    long caseId;
    String kind;
    LocalDate triggerDate;
    int amount;
    String unit;
    LocalDate dueDate;
    String ruleText;
    String basis;
    boolean statutory;
    boolean provisional;
    String status;
    Instant createdAt;
    String countyCode;
    String townshipCode;

    public String getCountyCode() {
        return countyCode;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getTriggerDate() {
        return triggerDate;
    }

    public int getAmount() {
        return amount;
    }

    public String getUnit() {
        return unit;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getRuleText() {
        return ruleText;
    }

    public String getBasis() {
        return basis;
    }

    public boolean isStatutory() {
        return statutory;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
