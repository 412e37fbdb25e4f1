-- accounts: the jurisdiction tree, schools, per-jurisdiction legal settings and users.
-- Codes follow GB/T 2260 + the 12-digit statistical division code (county 6, township 9, village 12 digits).
CREATE TABLE fx_jurisdiction (
  code        VARCHAR(12)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  short_name  VARCHAR(20)  NOT NULL,
  level       VARCHAR(10)  NOT NULL,
  parent_code VARCHAR(12),
  county_code VARCHAR(12)  NOT NULL
);
CREATE INDEX fx_jurisdiction_parent ON fx_jurisdiction (parent_code);

CREATE TABLE fx_school (
  code          VARCHAR(20)  NOT NULL PRIMARY KEY,
  name          VARCHAR(100) NOT NULL,
  township_code VARCHAR(12)  NOT NULL,
  county_code   VARCHAR(12)  NOT NULL
);
CREATE INDEX fx_school_township ON fx_school (township_code);

-- Legal parameters are data, not code: a township value overrides its county's, which overrides the built-in default.
CREATE TABLE fx_jurisdiction_setting (
  jurisdiction_code VARCHAR(12)  NOT NULL,
  setting_key       VARCHAR(60)  NOT NULL,
  setting_value     VARCHAR(500) NOT NULL,
  PRIMARY KEY (jurisdiction_code, setting_key)
);

CREATE TABLE fx_user (
  username          VARCHAR(50)  NOT NULL PRIMARY KEY,
  password_hash     VARCHAR(100) NOT NULL,
  display_name      VARCHAR(50)  NOT NULL,
  role              VARCHAR(20)  NOT NULL,
  -- county or township code, or a school code for school staff
  jurisdiction_code VARCHAR(20)  NOT NULL,
  email             VARCHAR(100),
  enabled           BOOLEAN      NOT NULL DEFAULT TRUE
);
