package cn.fanxiao.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import cn.fanxiao.shared.ConflictException;
import cn.fanxiao.shared.FieldError;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.NotFoundException;

/**
 * Every API error as RFC 9457 problem JSON: a Chinese {@code detail}, the offending {@code field}, and for
 * validation failures every offending field in {@code errors}.
 */
@RestControllerAdvice(basePackages = "cn.fanxiao")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "输入有误", e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "与当前状态冲突", e.getMessage(), e.field());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "无权操作", e.getMessage(), null);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "请求过大", e.getMessage(), "body");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "重复记录", "记录已存在（可能是同时提交了两次），请刷新后重试", null);
    }

    /** Two users changed the same case at the same moment; the database chose one. Nothing was written. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<Object> lockConflict(PessimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "并发冲突", "该案件正被他人同时修改，本次操作未保存，请稍后重试", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "输入有误", List.of(new FieldError(e.getName(), describe(e.getRequiredType(), e.getValue()))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "输入有误", fieldErrors(ex.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "输入有误", errors);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "输入有误", List.of(new FieldError(ex.getParameterName(), "缺少必填参数")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof PayloadTooLargeException tooLarge) {
            return tooLarge(tooLarge);
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message = mapping instanceof InvalidFormatException invalid
                    ? describe(invalid.getTargetType(), invalid.getValue())
                    : mapping instanceof MismatchedInputException mismatched
                    ? describe(mismatched.getTargetType(), null) : "格式不正确";
            return problem(HttpStatus.BAD_REQUEST, "输入有误", List.of(new FieldError(field, message)));
        }
        return problem(HttpStatus.BAD_REQUEST, "输入有误", "请求内容不是有效的 JSON", "body");
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .toList();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    private static String describe(@Nullable Class<?> type, @Nullable Object value) {
        if (type == null) {
            return "格式不正确";
        }
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("、"));
            return "取值无效，可选：" + allowed;
        }
        if (java.time.LocalDate.class.equals(type)) {
            return "日期格式不正确，应为 YYYY-MM-DD";
        }
        if (java.time.Instant.class.equals(type)) {
            return "时间格式不正确，应为 ISO-8601（如 2026-10-08T09:30:00+08:00）";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "应为数字";
        }
        return "格式不正确";
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + "：" + e.message()).collect(Collectors.joining("；"));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        if (!errors.isEmpty()) {
            body.setProperty("field", errors.get(0).field());
        }
        body.setProperty("errors", errors);
        return ResponseEntity.status(status).body(body);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, @Nullable String field) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        if (field != null) {
            body.setProperty("field", field);
        }
        return ResponseEntity.status(status).body(body);
    }
}
