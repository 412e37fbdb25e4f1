package cn.fanxiao.shared;

/** One offending input: the field's path (e.g. {@code guardians[0].residentIdNumber}) and a Chinese message. */
public record FieldError(String field, String message) {
}
