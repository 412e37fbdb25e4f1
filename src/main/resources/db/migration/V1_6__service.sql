-- deadlines: service (送达) of a case's documents (legal-process.md §3.2). One record per document served; its
-- attempts are kept in order, failed ones included (public notice is allowed only after a logged failure).
CREATE TABLE fx_service (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id         BIGINT       NOT NULL,
  document        VARCHAR(32)  NOT NULL,
  document_number VARCHAR(64),
  document_id     BIGINT,
  issued_on       DATE         NOT NULL,
  recipient       VARCHAR(50)  NOT NULL,
  address         VARCHAR(200) NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  method          VARCHAR(24),
  served_on       DATE,
  -- case_id while the record is PENDING, NULL once served: at most one pending service per case and document
  pending_case_id BIGINT,
  created_by      VARCHAR(50)  NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  CONSTRAINT fx_service_one_pending UNIQUE (pending_case_id, document)
);
CREATE INDEX fx_service_case ON fx_service (case_id, document);

CREATE TABLE fx_service_attempt (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  service_id           BIGINT       NOT NULL,
  seq                  INT          NOT NULL,
  method               VARCHAR(24)  NOT NULL,
  outcome              VARCHAR(16)  NOT NULL,
  attempted_at         DATETIME(3)  NOT NULL,
  served_on            DATE,
  received_by          VARCHAR(50),
  receiver_relation    VARCHAR(20),
  refusal_reason       VARCHAR(200),
  failure_reason       VARCHAR(200),
  witness_name         VARCHAR(50),
  witness_organisation VARCHAR(100),
  consent_ref          VARCHAR(100),
  consent_signed       BOOLEAN      NOT NULL DEFAULT FALSE,
  return_slip_date     DATE,
  published_on         DATE,
  notice_medium        VARCHAR(100),
  notice_reason        VARCHAR(500),
  servers              VARCHAR(200) NOT NULL,
  evidence_refs        VARCHAR(500) NOT NULL,
  note                 VARCHAR(500),
  recorded_by          VARCHAR(50)  NOT NULL,
  recorded_at          DATETIME(3)  NOT NULL,
  CONSTRAINT fx_service_attempt_seq UNIQUE (service_id, seq),
  CONSTRAINT fx_service_attempt_service FOREIGN KEY (service_id) REFERENCES fx_service (id)
);
