package cn.fanxiao.enforcement;

/** How a form value is written and checked. */
public enum FormFieldType {
    /** a legal day, {@code yyyy-MM-dd} */
    DATE,
    /** a moment in the legal zone (Asia/Shanghai), {@code yyyy-MM-ddTHH:mm} */
    DATE_TIME,
    /** one of the field's options */
    ENUM,
    INTEGER,
    /** yuan with at most two decimals, greater than zero */
    AMOUNT,
    /** free text, at most 500 characters */
    TEXT,
    /**
     * a document's details, a JSON object of the document type's fields (see the documents API's schema); fields
     * left out are filled from the case, the jurisdiction and the documents served before
     */
    DOCUMENT
}
