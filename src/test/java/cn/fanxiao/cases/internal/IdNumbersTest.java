package cn.fanxiao.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.fanxiao.demo.DemoIds;

class IdNumbersTest {

    private final String valid = DemoIds.residentId("539901", LocalDate.of(2013, 5, 1), 12, true);

    @Test
    void acceptsAValidNumberAndReadsBirthDateAndGender() {
        IdNumbers.Result r = IdNumbers.normalise(valid);
        assertThat(r.valid()).isTrue();
        assertThat(IdNumbers.birthDateOf(r.id())).isEqualTo(LocalDate.of(2013, 5, 1));
        assertThat(IdNumbers.isMale(r.id())).isTrue();
    }

    @Test
    void acceptsAKnownPublishedSampleWithCheckDigitX() {
        // the GB 11643 worked example: 11010519491231002X
        assertThat(IdNumbers.normalise("11010519491231002x").id()).isEqualTo("11010519491231002X");
    }

    @Test
    void refusesAWrongCheckDigit() {
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        IdNumbers.Result r = IdNumbers.normalise(valid.substring(0, 17) + wrong);
        assertThat(r.valid()).isFalse();
        assertThat(r.error()).contains("校验位");
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        String body = "539901" + "20130230" + "123";
        assertThat(IdNumbers.normalise(body + DemoIds.checkDigit(body)).error()).contains("出生日期");
    }

    @Test
    void refusesWrongLengthAndLetters() {
        assertThat(IdNumbers.normalise("12345").error()).contains("18位");
        assertThat(IdNumbers.normalise("53990120130501A23X").error()).contains("前17位");
    }

    @Test
    void convertsTheLegacyFifteenDigitForm() {
        String id18 = DemoIds.residentId("539901", LocalDate.of(1975, 6, 1), 7, false);
        String id15 = id18.substring(0, 6) + id18.substring(8, 17);
        assertThat(IdNumbers.normalise(id15).id()).isEqualTo(id18);
    }
}
