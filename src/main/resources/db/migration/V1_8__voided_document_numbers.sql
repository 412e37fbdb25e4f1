-- documents: numbers allocated but never carried by an archived document (legal-process.md §4.2: "void numbers are
-- logged, never reused"). A number is allocated in a short transaction of its own, before the PDF that prints it is
-- rendered; when the issuance then fails, the number is recorded here with the reason instead of being handed out
-- again. Voiding an issued document keeps its row in fx_document instead.
CREATE TABLE fx_voided_document_number (
  issuer_code VARCHAR(12)  NOT NULL,
  doc_type    VARCHAR(32)  NOT NULL,
  doc_year    INT          NOT NULL,
  serial      BIGINT       NOT NULL,
  doc_number  VARCHAR(80)  NOT NULL,
  case_id     BIGINT,
  reason      VARCHAR(500) NOT NULL,
  voided_by   VARCHAR(50)  NOT NULL,
  voided_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (issuer_code, doc_type, doc_year, serial)
);

-- the notices the process serves (入学（复学）通知书, 限期复学通知书, 事先告知书, 决定书, 催告书) are in force at most once
-- per case: a second one is a correction of the first. The column holds the case while such a document is in force
-- and is cleared when it is superseded or voided; the unique index (NULLs never collide) stops a double-clicked
-- 签发 from putting two orders with different numbers on one family.
ALTER TABLE fx_document ADD COLUMN in_force_case_id BIGINT;
CREATE UNIQUE INDEX fx_document_one_in_force ON fx_document (in_force_case_id, doc_type);

-- the last day a document gives the party (报到、复学、履行期限) as printed: the process's deadline, counted from
-- service, must never run out before it
ALTER TABLE fx_document ADD COLUMN comply_by DATE;
