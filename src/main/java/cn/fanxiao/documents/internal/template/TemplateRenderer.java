package cn.fanxiao.documents.internal.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.MissingDocumentFieldsException;
import cn.fanxiao.shared.FieldError;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * Fills an official document's template ({@code templates/<type>.ftlh}) from a {@link DocumentModel} and returns
 * the XHTML the PDF renderer turns into PDF/A. Checks the template's mandatory fields first, so a document that
 * lacks one is never produced. Thread-safe; templates are parsed once and cached.
 */
@Component
public class TemplateRenderer {

    private final Configuration freemarker = DocumentTemplateConfiguration.create();

    /**
     * The document as a well-formed XHTML string (UTF-8, no external resources).
     *
     * @throws MissingDocumentFieldsException naming every mandatory field the model lacks
     * @throws IllegalArgumentException       when the model's details are not of the type's kind
     */
    public String render(DocumentType type, DocumentModel model) {
        Template template = template(type);
        check(type, model, template);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            Environment env = template.createProcessingEnvironment(model, out);
            // the title comes from the catalogue, so the printed title and the catalogue cannot disagree
            env.setGlobalVariable("documentTitle", new SimpleScalar(type.title()));
            env.process();
        } catch (TemplateException e) {
            // every mandatory field was present, so this is a template bug (or an optional field used unguarded)
            throw new IllegalStateException("文书模板 " + type.templateName() + " 渲染失败：" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Checks the model without rendering: every mandatory field present, details of the right kind. Lets the
     * caller refuse a document before allocating its number (fill {@code number} with a placeholder then).
     */
    public void check(DocumentType type, DocumentModel model) {
        check(type, model, template(type));
    }

    /** The mandatory fields of a type: model path → Chinese label, in the template's order. */
    public Map<String, String> requiredFields(DocumentType type) {
        return MandatoryFields.declaredBy(template(type)).labels();
    }

    private void check(DocumentType type, DocumentModel model, Template template) {
        if (!type.detailsType().isInstance(model.details())) {
            throw new IllegalArgumentException(type + " needs " + type.detailsType().getSimpleName() + " details, got "
                    + model.details().getClass().getSimpleName());
        }
        List<FieldError> missing = MandatoryFields.declaredBy(template).missingIn(model);
        if (!missing.isEmpty()) {
            throw new MissingDocumentFieldsException(type, missing);
        }
    }

    private Template template(DocumentType type) {
        try {
            return freemarker.getTemplate(type.templateName());
        } catch (IOException e) {
            throw new UncheckedIOException("文书模板 " + type.templateName() + " 无法读取", e);
        }
    }
}
