-- deadlines: every computed legal deadline, with its inputs, rule and basis (legal-process.md §3.4).
CREATE TABLE fx_deadline (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT       NOT NULL,
  kind          VARCHAR(40)  NOT NULL,
  trigger_date  DATE         NOT NULL,
  amount        INT          NOT NULL,
  unit          VARCHAR(20)  NOT NULL,
  due_date      DATE         NOT NULL,
  rule_text     VARCHAR(300) NOT NULL,
  basis         VARCHAR(300) NOT NULL,
  statutory     BOOLEAN      NOT NULL,
  provisional   BOOLEAN      NOT NULL DEFAULT FALSE,
  status        VARCHAR(12)  NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  closed_at     DATETIME(3)
);
CREATE INDEX fx_deadline_case ON fx_deadline (case_id, status);
CREATE INDEX fx_deadline_due ON fx_deadline (status, due_date);
