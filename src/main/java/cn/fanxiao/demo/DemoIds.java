package cn.fanxiao.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Makes well-formed (fictitious) resident ID numbers for demo and test data: GB 11643 check digit included. */
public final class DemoIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private DemoIds() {
    }

    /** @param sequence 0–499; the gender digit is derived from {@code male} */
    public static String residentId(String region6, LocalDate birthDate, int sequence, boolean male) {
        int order = sequence * 2 + (male ? 1 : 0);
        String body = region6 + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", order % 1000);
        return body + checkDigit(body);
    }

    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
