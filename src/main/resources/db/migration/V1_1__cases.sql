-- cases: the child, the dropout case and everything recorded on it.
CREATE TABLE fx_child (
  id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name                    VARCHAR(50)  NOT NULL,
  gender                  VARCHAR(6)   NOT NULL,
  birth_date              DATE         NOT NULL,
  resident_id_number      VARCHAR(18),
  student_registry_number VARCHAR(30),
  ethnicity               VARCHAR(20),
  household_address       VARCHAR(200),
  low_income              BOOLEAN      NOT NULL DEFAULT FALSE,
  disabled                BOOLEAN      NOT NULL DEFAULT FALSE,
  left_behind             BOOLEAN      NOT NULL DEFAULT FALSE,
  migrant                 BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at              DATETIME(3)  NOT NULL,
  CONSTRAINT fx_child_id_number UNIQUE (resident_id_number),
  CONSTRAINT fx_child_registry_number UNIQUE (student_registry_number)
);

CREATE TABLE fx_case_number_sequence (
  county_code VARCHAR(12) NOT NULL,
  case_year   INT         NOT NULL,
  last_serial INT         NOT NULL,
  PRIMARY KEY (county_code, case_year)
);

CREATE TABLE fx_case (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_number          VARCHAR(60)  NOT NULL,
  county_code          VARCHAR(12)  NOT NULL,
  case_year            INT          NOT NULL,
  serial               INT          NOT NULL,
  child_id             BIGINT       NOT NULL,
  -- equals child_id while the case is open, NULL once closed: the unique key allows one open case per child
  open_child_id        BIGINT,
  township_code        VARCHAR(12)  NOT NULL,
  village_code         VARCHAR(12),
  school_code          VARCHAR(20)  NOT NULL,
  grade                VARCHAR(20)  NOT NULL,
  class_name           VARCHAR(20),
  reason_category      VARCHAR(30)  NOT NULL,
  reason_detail        VARCHAR(500),
  dropout_date         DATE         NOT NULL,
  status               VARCHAR(20)  NOT NULL,
  stage                VARCHAR(30)  NOT NULL,
  previous_case_id     BIGINT,
  returned_on          DATE,
  returned_school_code VARCHAR(20),
  retention_list       VARCHAR(5),
  closure_reason       VARCHAR(30),
  closure_note         VARCHAR(500),
  closed_on            DATE,
  created_by           VARCHAR(50)  NOT NULL,
  created_at           DATETIME(3)  NOT NULL,
  updated_at           DATETIME(3)  NOT NULL,
  CONSTRAINT fx_case_number_unique UNIQUE (case_number),
  CONSTRAINT fx_case_one_open_per_child UNIQUE (open_child_id),
  CONSTRAINT fx_case_child FOREIGN KEY (child_id) REFERENCES fx_child (id)
);
CREATE INDEX fx_case_township_stage ON fx_case (township_code, stage);
CREATE INDEX fx_case_county_status ON fx_case (county_code, status);

CREATE TABLE fx_guardian (
  id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id                  BIGINT       NOT NULL,
  position                 INT          NOT NULL,
  relation                 VARCHAR(20)  NOT NULL,
  name                     VARCHAR(50)  NOT NULL,
  resident_id_number       VARCHAR(18),
  phone                    VARCHAR(20),
  address                  VARCHAR(200),
  whereabouts              VARCHAR(200),
  works_in_other_province  BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT fx_guardian_case FOREIGN KEY (case_id) REFERENCES fx_case (id)
);
CREATE INDEX fx_guardian_case_idx ON fx_guardian (case_id);

-- 双线包保: one or more responsible persons on the government line and on the education line
CREATE TABLE fx_responsible_person (
  id       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id  BIGINT      NOT NULL,
  line     VARCHAR(12) NOT NULL,
  name     VARCHAR(50) NOT NULL,
  position VARCHAR(50),
  phone    VARCHAR(20),
  username VARCHAR(50),
  CONSTRAINT fx_responsible_case FOREIGN KEY (case_id) REFERENCES fx_case (id)
);
CREATE INDEX fx_responsible_case_idx ON fx_responsible_person (case_id);

CREATE TABLE fx_persuasion_visit (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id            BIGINT        NOT NULL,
  visited_at         DATETIME(3)   NOT NULL,
  place              VARCHAR(200)  NOT NULL,
  method             VARCHAR(12)   NOT NULL,
  participants       VARCHAR(300)  NOT NULL,
  persons_met        VARCHAR(300)  NOT NULL,
  reason_analysis    VARCHAR(1000) NOT NULL,
  outcome            VARCHAR(20)   NOT NULL,
  agreed_return_date DATE,
  next_step          VARCHAR(500),
  recorded_by        VARCHAR(50)   NOT NULL,
  recorded_at        DATETIME(3)   NOT NULL,
  CONSTRAINT fx_visit_case FOREIGN KEY (case_id) REFERENCES fx_case (id)
);
CREATE INDEX fx_visit_case_idx ON fx_persuasion_visit (case_id);
