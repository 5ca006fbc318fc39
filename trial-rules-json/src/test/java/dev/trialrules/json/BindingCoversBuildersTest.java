package dev.trialrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.Trial;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A field added to a fact's builder is a field the JSON must carry: the DTO mirrors the builder,
 * and this test is what says so when one is added without the other. Builders' conveniences
 * ({@code ship}, {@code period}) and the DTO's names for the values a builder starts from are
 * listed here, once.
 */
class BindingCoversBuildersTest {

  static java.util.stream.Stream<Arguments> bindings() {
    return java.util.stream.Stream.of(
        Arguments.of(StartTrialRequest.Builder.class, RequestDto.Start.class, Set.of("ship"),
            Set.of("flow", "today")),
        Arguments.of(ConsentRequest.Builder.class, RequestDto.Consent.class, Set.of(),
            Set.of("action", "today")),
        Arguments.of(Trial.Builder.class, TrialDto.class, Set.of("period", "device"),
            Set.of("startDate", "endDate")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("bindings")
  void everyBuilderSetter_hasAJsonProperty_andEveryPropertyASetter(Class<?> builder, Class<?> dto,
      Set<String> conveniences, Set<String> startingValues) {
    Set<String> setters = Arrays.stream(builder.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType() == builder)
        .map(Method::getName).filter(name -> !conveniences.contains(name))
        .collect(Collectors.toCollection(TreeSet::new));
    setters.addAll(startingValues);
    Set<String> properties = Arrays.stream(dto.getRecordComponents()).map(RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(properties).as("the JSON properties of %s against the setters of %s",
        dto.getSimpleName(), builder.getName()).isEqualTo(setters);
  }
}
