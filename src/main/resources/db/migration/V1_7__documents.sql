-- documents: the serial of document numbers (文号), one per issuing body, document type and year (legal-process.md §4.2)
CREATE TABLE fx_document_serial (
  issuer_code VARCHAR(12) NOT NULL,
  doc_type    VARCHAR(32) NOT NULL,
  doc_year    INT         NOT NULL,
  serial      BIGINT      NOT NULL,
  PRIMARY KEY (issuer_code, doc_type, doc_year)
);

-- the archive: every issued document as rendered, never rewritten. A correction is a new row that supersedes the
-- old one; a voided document keeps its row and number (never reused) with the reason.
CREATE TABLE fx_document (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id           BIGINT,
  doc_type          VARCHAR(32)  NOT NULL,
  doc_number        VARCHAR(80)  NOT NULL,
  issuer_code       VARCHAR(12)  NOT NULL,
  issuer_name       VARCHAR(100) NOT NULL,
  doc_year          INT          NOT NULL,
  serial            BIGINT       NOT NULL,
  stage             VARCHAR(40),
  issued_on         DATE         NOT NULL,
  issued_by         VARCHAR(50)  NOT NULL,
  issued_at         DATETIME(3)  NOT NULL,
  verification_code VARCHAR(16)  NOT NULL,
  sha256            CHAR(64)     NOT NULL,
  size_bytes        INT          NOT NULL,
  pdf               LONGBLOB     NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  supersedes_id     BIGINT,
  superseded_by_id  BIGINT,
  void_reason       VARCHAR(500),
  voided_by         VARCHAR(50),
  voided_at         DATETIME(3),
  CONSTRAINT fx_document_number_once UNIQUE (issuer_code, doc_type, doc_year, serial),
  CONSTRAINT fx_document_code UNIQUE (verification_code)
);
CREATE INDEX fx_document_case ON fx_document (case_id, doc_type);

-- a service record may name the archived document it serves
CREATE INDEX fx_service_document ON fx_service (document_id);
