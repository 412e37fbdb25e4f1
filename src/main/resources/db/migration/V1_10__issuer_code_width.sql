-- documents: a school now issues its own documents (学生失学辍学信息报告, 劝返记录; legal-process.md §4.3) and numbers
-- them in its own series, keyed by its code. School codes are up to 20 characters (fx_school.code), wider than the
-- 12 of a division code the issuer columns were made for; 40 leaves room for a prefixed or composite code.
ALTER TABLE fx_document_serial MODIFY COLUMN issuer_code VARCHAR(40) NOT NULL;
ALTER TABLE fx_document MODIFY COLUMN issuer_code VARCHAR(40) NOT NULL;
ALTER TABLE fx_voided_document_number MODIFY COLUMN issuer_code VARCHAR(40) NOT NULL;
