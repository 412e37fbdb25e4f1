-- deadlines: the legal calendar as versioned data (legal-process.md §3.3). A calendar is one year's State Council
-- notice (jurisdiction '*') or a local addition such as an ethnic-minority holiday (jurisdiction = county code).
-- Loading a new version of a year deactivates the old one; nothing is deleted.
CREATE TABLE fx_holiday_calendar (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  calendar_year     INT          NOT NULL,
  jurisdiction_code VARCHAR(12)  NOT NULL,
  source_notice     VARCHAR(300) NOT NULL,
  active            BOOLEAN      NOT NULL,
  loaded_by         VARCHAR(50)  NOT NULL,
  loaded_at         DATETIME(3)  NOT NULL
);
CREATE INDEX fx_holiday_calendar_year ON fx_holiday_calendar (calendar_year, jurisdiction_code, active);

CREATE TABLE fx_holiday_day (
  calendar_id BIGINT      NOT NULL,
  day         DATE        NOT NULL,
  kind        VARCHAR(16) NOT NULL,
  name        VARCHAR(50) NOT NULL,
  PRIMARY KEY (calendar_id, day),
  CONSTRAINT fx_holiday_day_calendar FOREIGN KEY (calendar_id) REFERENCES fx_holiday_calendar (id)
);

INSERT INTO fx_holiday_calendar (calendar_year, jurisdiction_code, source_notice, active, loaded_by, loaded_at) VALUES
  (2025, '*', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', TRUE, 'system', '2025-01-01 00:00:00'),
  (2026, '*', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', TRUE, 'system', '2025-11-04 00:00:00');

INSERT INTO fx_holiday_day (calendar_id, day, kind, name) VALUES
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-01-01', 'HOLIDAY', '元旦'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-01-26', 'MAKEUP_WORKDAY', '春节调休'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-01-28', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-01-29', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-01-30', 'HOLIDAY', '春节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-01-31', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-02-01', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-02-02', 'HOLIDAY', '春节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-02-03', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-02-04', 'HOLIDAY', '春节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-02-08', 'MAKEUP_WORKDAY', '春节调休'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-04-04', 'HOLIDAY', '清明节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-04-05', 'HOLIDAY', '清明节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-04-06', 'HOLIDAY', '清明节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-04-27', 'MAKEUP_WORKDAY', '劳动节调休'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-05-01', 'HOLIDAY', '劳动节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-05-02', 'HOLIDAY', '劳动节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-05-03', 'HOLIDAY', '劳动节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-05-04', 'HOLIDAY', '劳动节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-05-05', 'HOLIDAY', '劳动节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-05-31', 'HOLIDAY', '端午节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-06-01', 'HOLIDAY', '端午节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-06-02', 'HOLIDAY', '端午节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-09-28', 'MAKEUP_WORKDAY', '国庆节、中秋节调休'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-10-01', 'HOLIDAY', '国庆节、中秋节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-10-03', 'HOLIDAY', '国庆节、中秋节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-10-05', 'HOLIDAY', '国庆节、中秋节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-10-07', 'HOLIDAY', '国庆节、中秋节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2025 AND jurisdiction_code = '*'), '2025-10-11', 'MAKEUP_WORKDAY', '国庆节、中秋节调休');

INSERT INTO fx_holiday_day (calendar_id, day, kind, name) VALUES
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-01-01', 'HOLIDAY', '元旦'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-01-02', 'HOLIDAY', '元旦'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-01-03', 'HOLIDAY', '元旦'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-01-04', 'MAKEUP_WORKDAY', '元旦调休'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-14', 'MAKEUP_WORKDAY', '春节调休'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-15', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-16', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-17', 'HOLIDAY', '春节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-18', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-19', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-20', 'HOLIDAY', '春节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-21', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-22', 'HOLIDAY', '春节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-23', 'HOLIDAY', '春节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-02-28', 'MAKEUP_WORKDAY', '春节调休'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-04-04', 'HOLIDAY', '清明节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-04-05', 'HOLIDAY', '清明节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-04-06', 'HOLIDAY', '清明节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-05-01', 'HOLIDAY', '劳动节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-05-02', 'HOLIDAY', '劳动节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-05-03', 'HOLIDAY', '劳动节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-05-04', 'HOLIDAY', '劳动节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-05-05', 'HOLIDAY', '劳动节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-05-09', 'MAKEUP_WORKDAY', '劳动节调休'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-06-19', 'HOLIDAY', '端午节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-06-20', 'HOLIDAY', '端午节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-06-21', 'HOLIDAY', '端午节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-09-20', 'MAKEUP_WORKDAY', '国庆节调休'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-09-25', 'HOLIDAY', '中秋节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-09-26', 'HOLIDAY', '中秋节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-09-27', 'HOLIDAY', '中秋节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-10-01', 'HOLIDAY', '国庆节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-10-02', 'HOLIDAY', '国庆节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-10-03', 'HOLIDAY', '国庆节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-10-04', 'HOLIDAY', '国庆节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-10-05', 'HOLIDAY', '国庆节'), ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-10-06', 'HOLIDAY', '国庆节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-10-07', 'HOLIDAY', '国庆节'),
  ((SELECT id FROM fx_holiday_calendar WHERE calendar_year = 2026 AND jurisdiction_code = '*'), '2026-10-10', 'MAKEUP_WORKDAY', '国庆节调休');
