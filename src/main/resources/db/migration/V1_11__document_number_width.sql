-- documents: a school numbers its documents with its full name (it has no short name), and a school's name may be
-- 100 characters long (fx_school.name): the number columns take 160 so such a number fits wherever it is kept
ALTER TABLE fx_document MODIFY COLUMN doc_number VARCHAR(160) NOT NULL;
ALTER TABLE fx_voided_document_number MODIFY COLUMN doc_number VARCHAR(160) NOT NULL;
ALTER TABLE fx_bulk_issuance_item MODIFY COLUMN document_number VARCHAR(160);
ALTER TABLE fx_service MODIFY COLUMN document_number VARCHAR(160);
