package org.openimr.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.apiguardian.api.API.Status;
import org.junit.jupiter.api.Test;

/**
 * API levels across the published modules: no member a caller may rely on as {@code STABLE} makes
 * the caller hold, pass or catch a less stable OpenIMR type. A member's level is its own {@link
 * API} annotation, else its type's; a type's level is its own annotation, else its enclosing
 * type's. A {@code STABLE} type may expose a less stable type only through a member annotated with
 * that lower level.
 */
class ApiLevelsTest {
  static final JavaClasses PUBLISHED =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openimr")
          .that(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "published",
                  c ->
                      !c.getPackageName().startsWith("org.openimr.examples")
                          && !c.getPackageName().startsWith("org.openimr.benchmarks")
                          && !c.getPackageName().startsWith("org.openimr.release")
                          && !c.getPackageName().startsWith("org.openimr.cli")
                          && !c.getPackageName().startsWith("org.openimr.peers")));

  @Test
  void theRuleSeesEveryPublishedModule() {
    Set<String> packages = new TreeSet<>();
    PUBLISHED.forEach(c -> packages.add(c.getPackageName()));
    assertThat(packages)
        .contains(
            "org.openimr.model",
            "org.openimr.spi",
            "org.openimr.review",
            "org.openimr.json",
            "org.openimr.letter",
            "org.openimr.guidelines.mtus",
            "org.openimr.testkit");
  }

  @Test
  void noStableMemberExposesALessStableType() {
    List<String> problems = new ArrayList<>();
    for (JavaClass type : PUBLISHED) {
      if (!isVisible(type)) {
        continue;
      }
      Optional<Status> typeLevel = level(type);
      if (typeLevel.isEmpty()) {
        continue;
      }
      for (JavaMember member : exposedMembers(type)) {
        Status memberLevel = memberLevel(type, member, typeLevel.get());
        for (JavaClass used : signatureTypes(member)) {
          Optional<Status> usedLevel = level(used);
          if (usedLevel.isPresent() && rank(usedLevel.get()) < rank(memberLevel)) {
            problems.add(
                memberLevel
                    + " "
                    + type.getSimpleName()
                    + "."
                    + member.getName()
                    + " exposes "
                    + usedLevel.get()
                    + " "
                    + used.getName());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Public and reachable: a public type, or a public member type of a visible type. */
  private static boolean isVisible(JavaClass type) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    Optional<JavaClass> enclosing = type.getEnclosingClass();
    return enclosing.isEmpty() || isVisible(enclosing.get());
  }

  /** Public and protected members the type declares or inherits from OpenIMR types. */
  private static Set<JavaMember> exposedMembers(JavaClass type) {
    Set<JavaMember> members = new LinkedHashSet<>();
    List<JavaCodeUnit> units = new ArrayList<>(type.getAllMethods());
    units.addAll(type.getConstructors());
    for (JavaCodeUnit unit : units) {
      if (isExposed(unit) && unit.getOwner().getPackageName().startsWith("org.openimr")) {
        members.add(unit);
      }
    }
    for (JavaField field : type.getAllFields()) {
      if (isExposed(field) && field.getOwner().getPackageName().startsWith("org.openimr")) {
        members.add(field);
      }
    }
    return members;
  }

  private static boolean isExposed(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }

  private static Status memberLevel(JavaClass type, JavaMember member, Status typeLevel) {
    Optional<Status> own = annotated(member);
    if (own.isPresent()) {
      return own.get();
    }
    // A builder's setter, generated into a package-private superclass, cannot carry an annotation:
    // it has the level of the attribute it sets, as the value type's accessor declares it.
    if (!member.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
        && type.getEnclosingClass().isPresent()) {
      Optional<Status> attribute = attributeLevel(type.getEnclosingClass().get(), member.getName());
      if (attribute.isPresent()) {
        return attribute.get();
      }
    }
    return typeLevel;
  }

  /** The level of the accessor a builder method named {@code name} sets, if it declares one. */
  private static Optional<Status> attributeLevel(JavaClass valueType, String name) {
    String attribute = name;
    for (String prefix : List.of("addAll", "putAll", "add", "put")) {
      if (name.startsWith(prefix)
          && name.length() > prefix.length()
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        attribute =
            Character.toLowerCase(name.charAt(prefix.length()))
                + name.substring(prefix.length() + 1);
        break;
      }
    }
    for (JavaMethod accessor : valueType.getMethods()) {
      if (accessor.getName().equals(attribute) && accessor.getRawParameterTypes().isEmpty()) {
        return annotated(accessor);
      }
    }
    return Optional.empty();
  }

  /** Every OpenIMR type a caller meets in the member's signature, generics included. */
  private static Set<JavaClass> signatureTypes(JavaMember member) {
    Set<JavaType> types = new LinkedHashSet<>();
    if (member instanceof JavaCodeUnit) {
      JavaCodeUnit unit = (JavaCodeUnit) member;
      types.add(unit.getReturnType());
      types.addAll(unit.getParameterTypes());
      unit.getThrowsClause().getTypes().forEach(types::add);
    } else if (member instanceof JavaField) {
      types.add(((JavaField) member).getType());
    }
    Set<JavaClass> used = new LinkedHashSet<>();
    for (JavaType t : types) {
      for (JavaClass raw : t.getAllInvolvedRawTypes()) {
        if (raw.getPackageName().startsWith("org.openimr")) {
          used.add(raw);
        }
      }
    }
    return used;
  }

  private static Optional<Status> level(JavaClass type) {
    Optional<Status> own = annotated(type);
    if (own.isPresent()) {
      return own;
    }
    return type.getEnclosingClass().flatMap(ApiLevelsTest::level);
  }

  private static Optional<Status> annotated(HasAnnotations<?> element) {
    return element.tryGetAnnotationOfType(API.class).map(API::status);
  }

  /** Higher is more stable. */
  private static int rank(Status status) {
    switch (status) {
      case INTERNAL:
        return 0;
      case DEPRECATED:
        return 1;
      case EXPERIMENTAL:
        return 2;
      case MAINTAINED:
        return 3;
      case STABLE:
        return 4;
    }
    throw new AssertionError(status);
  }
}
