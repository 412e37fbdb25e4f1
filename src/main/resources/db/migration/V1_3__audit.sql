-- audit: append-only event log; each row's hash covers its content and the previous row's hash.
CREATE TABLE fx_audit_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id     BIGINT,
  occurred_at DATETIME(3)   NOT NULL,
  actor       VARCHAR(50)   NOT NULL,
  event_type  VARCHAR(50)   NOT NULL,
  summary     VARCHAR(500)  NOT NULL,
  detail      VARCHAR(4000),
  prev_hash   CHAR(64)      NOT NULL,
  hash        CHAR(64)      NOT NULL
);
CREATE INDEX fx_audit_case ON fx_audit_event (case_id, id);

-- The head of each case's chain. Updating it first serialises writers of the same case only.
CREATE TABLE fx_audit_head (
  chain_key BIGINT   NOT NULL PRIMARY KEY,
  last_hash CHAR(64) NOT NULL
);
