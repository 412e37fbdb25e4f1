package cn.fanxiao.documents.internal.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How official documents write dates and sums (GB/T 9704-2012 §7.3.5: Arabic numerals, no leading zeros).
 * Used by templates through {@link TemplateFunctions}; plain static functions so they are easy to test.
 */
final class ChineseFormats {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};

    private ChineseFormats() {
    }

    /** 2026年10月8日 */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2026年9月30日15时05分: minutes keep two digits, as on printed receipts. */
    static String dateTime(LocalDateTime time) {
        return date(time.toLocalDate()) + time.getHour() + "时" + String.format("%02d", time.getMinute()) + "分";
    }

    /** A sum in yuan as printed beside 人民币: 1000, 1000.50 (never 1,000 or 1000.00). */
    static String yuan(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return cents.remainder(BigDecimal.ONE).signum() == 0
                ? cents.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : cents.toPlainString();
    }

    /**
     * The sum in capitals (大写), as financial documents write it so it cannot be altered: 1000 → 壹仟元整,
     * 1050.5 → 壹仟零伍拾元伍角整, 0.05 → 伍分.
     */
    static String yuanInWords(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        long totalCents = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        long yuan = totalCents / 100;
        int jiao = (int) (totalCents / 10 % 10);
        int fen = (int) (totalCents % 10);
        if (yuan >= 1_000_000_000_000L) {
            throw new IllegalArgumentException("amount too large");
        }
        StringBuilder words = new StringBuilder();
        if (yuan > 0) {
            words.append(integerInWords(yuan)).append('元');
        }
        if (jiao > 0) {
            words.append(DIGITS[jiao]).append('角');
        } else if (fen > 0 && yuan > 0) {
            words.append('零');
        }
        if (fen > 0) {
            words.append(DIGITS[fen]).append('分');
        } else {
            if (words.isEmpty()) {
                words.append("零元");
            }
            words.append('整');
        }
        return words.toString();
    }

    /** Reads the digits in groups of four (个, 万, 亿), writing one 零 for any run of zeros inside the number. */
    private static String integerInWords(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        boolean groupHasDigit = false;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            int position = digits.length() - 1 - i;
            if (digit == 0) {
                zeroPending = true;
            } else {
                if (zeroPending && !out.isEmpty()) {
                    out.append('零');
                }
                zeroPending = false;
                groupHasDigit = true;
                out.append(DIGITS[digit]).append(UNITS[position % 4]);
            }
            if (position % 4 == 0) {
                if (groupHasDigit) {
                    out.append(GROUPS[position / 4]);
                }
                groupHasDigit = false;
            }
        }
        return out.toString();
    }
}
