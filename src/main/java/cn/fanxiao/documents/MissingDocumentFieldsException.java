package cn.fanxiao.documents;

import java.util.List;
import java.util.stream.Collectors;

import cn.fanxiao.shared.FieldError;
import cn.fanxiao.shared.InvalidInputException;

/**
 * A document cannot be issued because mandatory content is missing. Lists every missing field at once (one
 * {@link FieldError} each: the model path, e.g. {@code details.remedies.reconsiderationDays}, and 「复议期限未填写」),
 * so the officer can complete the case in one go. Mapped to 400 like any invalid input.
 */
public class MissingDocumentFieldsException extends InvalidInputException {

    private final DocumentType type;

    public MissingDocumentFieldsException(DocumentType type, List<FieldError> errors) {
        super(errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no missing field");
        }
        this.type = type;
    }

    public DocumentType type() {
        return type;
    }

    /** The paths of the missing fields, in the order the template declares them. */
    public List<String> fields() {
        return errors().stream().map(FieldError::field).toList();
    }

    /** E.g. 《行政处罚决定书》缺少必填内容，不能签发：复议机关未填写；… */
    @Override
    public String getMessage() {
        return "《" + type.title() + "》缺少必填内容，不能签发："
                + errors().stream().map(FieldError::message).collect(Collectors.joining("；"));
    }
}
