package org.openimr.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public enum of the published modules has a display name for each constant: {@code
 * displayName()}, not blank, different for each constant, so that nobody prints {@code name()}.
 * Provenance prints as its tag ({@code "[R]"}) and an evidence code as its namespaced code ({@code
 * "mtus.acupuncture.evidence..."}, its sentence rendered from the facts): those are their display
 * forms.
 */
class DisplayNamesTest {
  private static final Set<String> PRINTED_OTHERWISE =
      Set.of("org.openimr.guidelines.mtus.Provenance");

  @Test
  void everyPublicEnumHasADistinctDisplayNameForEachConstant() throws Exception {
    List<String> enums = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (JavaClass type : ApiLevelsTest.PUBLISHED) {
      if (!type.isEnum()
          || !type.getModifiers().contains(JavaModifier.PUBLIC)
          || PRINTED_OTHERWISE.contains(type.getName())
          || type.isAssignableTo("org.openimr.model.EvidenceCode")
          || type.tryGetAnnotationOfType(API.class)
              .map(a -> a.status() == API.Status.INTERNAL)
              .orElse(false)) {
        continue;
      }
      enums.add(type.getSimpleName());
      Class<?> enumClass = type.reflect();
      Method displayName;
      try {
        displayName = enumClass.getMethod("displayName");
      } catch (NoSuchMethodException e) {
        problems.add(type.getName() + " has no displayName()");
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (Object constant : enumClass.getEnumConstants()) {
        String name = (String) displayName.invoke(constant);
        if (name.isBlank() || !seen.add(name)) {
          problems.add(type.getName() + "." + constant + " has a blank or repeated display name");
        }
      }
    }
    assertThat(enums).contains("MedicalNecessity", "CriterionStatus", "ImrOutcome", "Agreement");
    assertThat(problems).isEmpty();
  }
}
