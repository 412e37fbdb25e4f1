-- enforcement: bulk issuance (批量签发) of the notices due at one step in one township, run in the background.
-- One row per request with its progress, one item per case with its outcome (the number issued, or why not).
CREATE TABLE fx_bulk_issuance (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  township_code VARCHAR(12)  NOT NULL,
  county_code   VARCHAR(12)  NOT NULL,
  task_key      VARCHAR(40)  NOT NULL,
  doc_type      VARCHAR(32)  NOT NULL,
  requested_by  VARCHAR(50)  NOT NULL,
  requested_at  DATETIME(3)  NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  total         INT          NOT NULL,
  issued        INT          NOT NULL,
  failed        INT          NOT NULL,
  finished_at   DATETIME(3)
);
CREATE INDEX fx_bulk_issuance_township ON fx_bulk_issuance (township_code, id);

CREATE TABLE fx_bulk_issuance_item (
  bulk_id         BIGINT       NOT NULL,
  case_id         BIGINT       NOT NULL,
  task_id         VARCHAR(64)  NOT NULL,
  outcome         VARCHAR(16)  NOT NULL,
  document_number VARCHAR(80),
  message         VARCHAR(1000),
  PRIMARY KEY (bulk_id, case_id)
);
