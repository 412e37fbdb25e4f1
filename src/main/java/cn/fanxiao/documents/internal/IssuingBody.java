package cn.fanxiao.documents.internal;

import java.util.Map;

import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuerKind;

/**
 * The body that issues a document: its kind, its code (a township or county code, or a school code: the key of its
 * number series), what the document prints about it, and its numbering patterns by type.
 */
record IssuingBody(IssuerKind kind, String code, DocumentModel.Issuer issuer, Map<String, String> patterns) {

    IssuingBody {
        patterns = Map.copyOf(patterns);
    }

    /** The numbering pattern of a type: the jurisdiction's override, else the catalogue's default (§4.2). */
    String pattern(DocumentType type) {
        return patterns.getOrDefault(type.name(), type.defaultNumberPattern());
    }
}
