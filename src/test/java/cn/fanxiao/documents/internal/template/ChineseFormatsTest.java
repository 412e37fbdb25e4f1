package cn.fanxiao.documents.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseFormatsTest {

    @Test
    void datesUseArabicNumeralsWithoutLeadingZeros() {
        assertThat(ChineseFormats.date(LocalDate.of(2026, 10, 8))).isEqualTo("2026年10月8日");
        assertThat(ChineseFormats.date(LocalDate.of(2027, 1, 31))).isEqualTo("2027年1月31日");
    }

    @Test
    void timesOfDayKeepTwoDigitMinutes() {
        assertThat(ChineseFormats.dateTime(LocalDateTime.of(2026, 9, 30, 15, 5))).isEqualTo("2026年9月30日15时05分");
        assertThat(ChineseFormats.dateTime(LocalDateTime.of(2026, 9, 3, 8, 30))).isEqualTo("2026年9月3日8时30分");
    }

    @ParameterizedTest
    @CsvSource({"1000, 1000", "1000.00, 1000", "1000.5, 1000.50", "0.05, 0.05", "200000, 200000"})
    void sumsInYuanAreWrittenPlainly(String amount, String printed) {
        assertThat(ChineseFormats.yuan(new BigDecimal(amount))).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 零元整",
            "1000, 壹仟元整",
            "10, 壹拾元整",
            "1050.5, 壹仟零伍拾元伍角整",
            "1000.05, 壹仟元零伍分",
            "0.5, 伍角整",
            "0.05, 伍分",
            "3000.25, 叁仟元贰角伍分",
            "100000, 壹拾万元整",
            "100100000, 壹亿零壹拾万元整",
            "100000001, 壹亿零壹元整",
            "20008, 贰万零捌元整",
            "1234567.89, 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"})
    void sumsInCapitalsFollowTheFinancialConvention(String amount, String words) {
        assertThat(ChineseFormats.yuanInWords(new BigDecimal(amount))).isEqualTo(words);
    }

    @Test
    void negativeSumsHaveNoCapitals() {
        assertThatThrownBy(() -> ChineseFormats.yuanInWords(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
