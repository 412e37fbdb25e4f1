package cn.fanxiao.documents.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModelPathTest {

    record Person(String name, String phone) {
    }

    record Root(String title, Person head, List<Person> members, List<String> notes) {
    }

    private final Root root = new Root("标题", null,
            List.of(new Person("甲", "1"), new Person("乙", " ")), List.of());

    @Test
    void readsRecordComponentsByName() {
        assertThat(ModelPath.parse("title").resolve(root)).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("标题"));
    }

    @Test
    void aNullOnTheWayEndsAtTheFullDeclaredPath() {
        assertThat(ModelPath.parse("head.name").resolve(root)).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("head.name");
                    assertThat(f.value()).isNull();
                });
    }

    @Test
    void everyElementIsVisitedWithItsConcreteIndex() {
        assertThat(ModelPath.parse("members[*].phone").resolve(root))
                .extracting(ModelPath.Found::path, ModelPath.Found::value, ModelPath.Found::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("members[0].phone", "1", 1),
                        org.assertj.core.groups.Tuple.tuple("members[1].phone", " ", 2));
    }

    @Test
    void oneIndexReadsOneElementAndPastTheEndIsMissing() {
        assertThat(ModelPath.parse("members[1].name").resolve(root)).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("乙"));
        assertThat(ModelPath.parse("members[5].name").resolve(root)).singleElement()
                .satisfies(f -> assertThat(f.value()).isNull());
    }

    @Test
    void everyElementOfAnEmptyListIsOneMissingValueAtTheDeclaredPath() {
        Root empty = new Root("t", null, List.of(), List.of());
        assertThat(ModelPath.parse("members[*].name").resolve(empty)).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("members[*].name");
                    assertThat(f.value()).isNull();
                });
    }

    @Test
    void blankTextEmptyListsAndNullsAreMissing() {
        assertThat(ModelPath.isMissing(null)).isTrue();
        assertThat(ModelPath.isMissing(" \t")).isTrue();
        assertThat(ModelPath.isMissing(List.of())).isTrue();
        assertThat(ModelPath.isMissing("0")).isFalse();
        assertThat(ModelPath.isMissing(0)).isFalse();
    }

    @Test
    void aNameThatIsNoComponentIsATemplateBugNotAMissingValue() {
        assertThatThrownBy(() -> ModelPath.parse("titel").resolve(root))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Root has no titel");
        assertThatThrownBy(() -> ModelPath.parse("title[*]").resolve(root))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a list");
        assertThatThrownBy(() -> ModelPath.parse("members..name"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
