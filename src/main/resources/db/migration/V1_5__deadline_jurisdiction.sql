-- deadlines: where each deadline runs (for the county-wide deadline board) and the in-app reminders.
ALTER TABLE fx_deadline ADD COLUMN county_code VARCHAR(12);
ALTER TABLE fx_deadline ADD COLUMN township_code VARCHAR(12);
-- rows written before this migration: take the jurisdiction from their case
UPDATE fx_deadline SET
  county_code = (SELECT c.county_code FROM fx_case c WHERE c.id = fx_deadline.case_id),
  township_code = (SELECT c.township_code FROM fx_case c WHERE c.id = fx_deadline.case_id)
WHERE county_code IS NULL;
CREATE INDEX fx_deadline_board ON fx_deadline (county_code, status, due_date);

-- one row per responsible user, deadline and day the reminder job ran (remind_on): a second run the same day adds nothing
CREATE TABLE fx_reminder (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username    VARCHAR(50) NOT NULL,
  case_id     BIGINT      NOT NULL,
  deadline_id BIGINT      NOT NULL,
  due_date    DATE        NOT NULL,
  overdue     BOOLEAN     NOT NULL,
  remind_on   DATE        NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  read_at     DATETIME(3),
  CONSTRAINT fx_reminder_once_a_day UNIQUE (username, deadline_id, remind_on)
);
CREATE INDEX fx_reminder_user_unread ON fx_reminder (username, read_at);
