package cn.fanxiao.documents;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fanxiao.shared.InvalidInputException;

/**
 * Reads a document's type-specific details from JSON (the API's request body, a task form), naming the exact field
 * that does not fit, e.g. {@code details.returnBy}.
 */
@Component
public class DocumentDetailsReader {

    private final ObjectMapper json;

    public DocumentDetailsReader(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param field the name the details go by in the request, prefixed to the failing field's path
     * @param allowEmpty whether a missing or empty object stands for "all defaults"
     */
    public DocumentDetails read(DocumentType type, JsonNode details, String field, boolean allowEmpty) {
        if (details == null || details.isNull() || details.isMissingNode()) {
            if (allowEmpty) {
                details = json.createObjectNode();
            } else {
                throw new InvalidInputException(field, "请填写《" + type.title() + "》的内容");
            }
        }
        if (!details.isObject()) {
            throw new InvalidInputException(field, "请填写《" + type.title() + "》的内容");
        }
        try {
            return json.treeToValue(details, type.detailsType());
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new InvalidInputException(field + (path.isEmpty() ? "" : "." + path), "格式有误，请核对");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(field, "格式有误，请核对");
        }
    }
}
