package dev.trialrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedValueTest {

  @Test
  void byName_findsEveryKeyByItsOwnName() {
    assertThat(DerivedValue.all()).isNotEmpty().allSatisfy(key ->
        assertThat(DerivedValue.byName(key.name())).containsSame(key));
  }

  @Test
  void names_areUnique() {
    List<String> names = DerivedValue.all().stream().map(DerivedValue::name).toList();

    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void all_listsEveryDeclaredKeyOnceInDeclarationOrder() {
    List<Object> declared = Arrays.stream(DerivedValue.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == DerivedValue.class)
        .map(DerivedValueTest::valueOf)
        .toList();

    List<Object> all = List.copyOf(DerivedValue.all());

    assertThat(all).containsExactlyInAnyOrderElementsOf(declared);
    assertThat(all).startsWith(DerivedValue.DATA_REGION, DerivedValue.LICENSES_PER_SERVICE)
        .endsWith(DerivedValue.MISSING_SERIALS, DerivedValue.UNEXPECTED_SERIALS);
  }

  private static Object valueOf(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void byName_isEmptyForAnUnknownName() {
    assertThat(DerivedValue.byName("dataregion")).isEmpty();
    assertThat(DerivedValue.byName("")).isEmpty();
  }

  @Test
  void aKey_printsAsItsName() {
    assertThat(DerivedValue.DATA_REGION).hasToString("dataRegion");
    assertThat(DerivedValue.DATA_REGION.type()).isEqualTo(String.class);
  }

  @Test
  void all_isUnmodifiable() {
    assertThatThrownBy(() -> DerivedValue.all().add(DerivedValue.DATA_REGION))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
