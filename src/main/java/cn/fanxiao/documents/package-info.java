/**
 * Official documents (文书) of the four-step process: the catalogue ({@link cn.fanxiao.documents.DocumentType}),
 * the data a document is filled from ({@link cn.fanxiao.documents.DocumentModel}) and the error raised when a
 * document lacks mandatory content. Templates live in the top-level {@code templates/} folder; rendering to XHTML
 * is in {@code internal/template}, the PDF/A step, numbering and archiving elsewhere in this module.
 */
package cn.fanxiao.documents;
