package cn.fanxiao.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import cn.hutool.core.util.IdcardUtil;

/**
 * Resident ID numbers (GB 11643-1999): 18 characters, birth date at 7–14, ISO 7064 MOD 11-2 check digit.
 * The legacy 15-digit form is converted to 18 digits before it is stored.
 */
final class IdNumbers {

    private IdNumbers() {
    }

    /** The normalised 18-character form, or a Chinese reason why the number is not valid. */
    static Result normalise(String raw) {
        String id = raw.trim().toUpperCase();
        if (id.length() == 15) {
            if (!id.chars().allMatch(Character::isDigit) || birthDate("19" + id.substring(6, 12)).isEmpty()) {
                return Result.error("15位身份证号码格式不正确");
            }
            id = IdcardUtil.convert15To18(id);
        }
        if (id.length() != 18) {
            return Result.error("身份证号码应为18位（或15位旧号码）");
        }
        if (!id.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return Result.error("身份证号码前17位应为数字");
        }
        if (birthDate(id.substring(6, 14)).isEmpty()) {
            return Result.error("身份证号码中的出生日期无效");
        }
        if (!IdcardUtil.isValidCard18(id)) {
            return Result.error("身份证号码校验位错误，请核对");
        }
        return new Result(id, null);
    }

    static LocalDate birthDateOf(String id18) {
        return birthDate(id18.substring(6, 14)).orElseThrow();
    }

    /** The 17th digit is odd for men and even for women. */
    static boolean isMale(String id18) {
        return (id18.charAt(16) - '0') % 2 == 1;
    }

    private static Optional<LocalDate> birthDate(String yyyymmdd) {
        try {
            return Optional.of(LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    record Result(String id, String error) {
        static Result error(String message) {
            return new Result(null, message);
        }

        boolean valid() {
            return error == null;
        }
    }
}
