package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.openimr.model.Case;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Surgery;
import org.openimr.model.UrDecision;

/**
 * Marker strings for the "nothing echoed" tests, how to put them into a case, and how to look for
 * them in what the library and the command line print.
 *
 * <p>Every marker starts with {@value #PREFIX} (in any case), which occurs in no text of the
 * library: finding it anywhere means input was echoed. The date-of-birth marker is a date in the
 * case bounds whose year, {@value #DOB_YEAR}, occurs in no other date or number of the cases used,
 * so any written form of it (ISO, {@code 11/23/1907}, {@code November 23, 1907}) shows its year.
 */
final class Markers {
  static final String PREFIX = "ZQX";
  static final String NAME = "ZQXNAME";
  static final String CLAIM = "ZQXCLAIM";
  static final int DOB_YEAR = 1907;
  static final LocalDate DATE_OF_BIRTH = LocalDate.of(DOB_YEAR, 11, 23);

  private static final Pattern ANY_MARKER =
      Pattern.compile(PREFIX + "|\\b" + DOB_YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern IDENTIFIER =
      Pattern.compile(NAME + "|" + CLAIM + "|\\b" + DOB_YEAR + "\\b", Pattern.CASE_INSENSITIVE);

  private static final String MODEL_PACKAGE = Case.class.getPackageName();

  private Markers() {}

  /** Fails if {@code text} holds a patient identifier marker: name, claim number, date of birth. */
  static void assertNoIdentifier(String what, String text) {
    assertThat(IDENTIFIER.matcher(text).find())
        .as("%s holds a patient identifier:%n%s", what, excerpt(text, IDENTIFIER))
        .isFalse();
  }

  /** Fails if {@code text} holds any marker: an identifier, free text or a key. */
  static void assertNoMarker(String what, String text) {
    assertThat(ANY_MARKER.matcher(text).find())
        .as("%s echoes input:%n%s", what, excerpt(text, ANY_MARKER))
        .isFalse();
  }

  /** A little of the text around the first match, for the failure message. */
  private static String excerpt(String text, Pattern pattern) {
    var m = pattern.matcher(text);
    if (!m.find()) {
      return "";
    }
    return "..."
        + text.substring(Math.max(0, m.start() - 120), Math.min(text.length(), m.end() + 120))
        + "...";
  }

  /** The patient with the identifier markers as name, claim number and date of birth. */
  static Patient identified(Patient p) {
    return Patient.builder()
        .from(p)
        .name(NAME)
        .claimNumber(CLAIM)
        .dateOfBirth(DATE_OF_BIRTH)
        .build();
  }

  /**
   * The case with the identifier markers, and a marker in front of every free-text value that is
   * not blank: {@code "ZQX" + field + "-"} + the value. Blank text stays blank and equal texts stay
   * equal (item ids), and a code stays within or beyond {@link Diagnosis#MAX_CODE_LENGTH} as it
   * was, so the case breaks exactly the rules it broke before. A date of birth outside the case
   * bounds is kept: it is a rule the case breaks.
   */
  static Case marked(Case c) {
    Patient.Builder patient =
        Patient.builder()
            .from(c.patient())
            .name(NAME)
            .claimNumber(CLAIM)
            .occupation(mark("occupation", c.patient().occupation()));
    boolean dobInBounds =
        c.patient()
            .dateOfBirth()
            .map(d -> !d.isBefore(Case.EARLIEST_DATE) && !d.isAfter(Case.LATEST_DATE))
            .orElse(true);
    if (dobInBounds) {
      patient.dateOfBirth(DATE_OF_BIRTH);
    }
    return Case.builder()
        .from(c)
        .caseNumber(mark("case", c.caseNumber()))
        .patient(patient.build())
        .diagnoses(map(c.diagnoses(), Markers::marked))
        .surgeries(
            map(
                c.surgeries(),
                s ->
                    Surgery.builder()
                        .from(s)
                        .procedure(mark("procedure", s.procedure()))
                        .diagnosis(s.diagnosis().map(Markers::marked))
                        .build()))
        .treatmentHistory(
            map(
                c.treatmentHistory(),
                t ->
                    PriorTreatment.builder()
                        .from(t)
                        .documentedOutcome(mark("outcome", t.documentedOutcome()))
                        .build()))
        .functionalImprovement(
            map(
                c.functionalImprovement(),
                e ->
                    FunctionalImprovementEvidence.builder()
                        .from(e)
                        .source(mark("source", e.source()))
                        .description(mark("description", e.description()))
                        .build()))
        .disputedItems(
            map(
                c.disputedItems(),
                i ->
                    DisputedItem.builder()
                        .from(i)
                        .id(mark("id", i.id()))
                        .requestedAs(mark("request", i.requestedAs()))
                        .urDecision(
                            UrDecision.builder()
                                .from(i.urDecision())
                                .guidelineCited(mark("guideline", i.urDecision().guidelineCited()))
                                .build())
                        .build()))
        .build();
  }

  private static Diagnosis marked(Diagnosis d) {
    String code = d.code();
    boolean staysOnItsSide =
        code.length() + PREFIX.length() <= Diagnosis.MAX_CODE_LENGTH
            || code.length() > Diagnosis.MAX_CODE_LENGTH;
    return Diagnosis.builder()
        .from(d)
        .code(staysOnItsSide && !code.isBlank() ? PREFIX + code : code)
        .text(mark("dx", d.text()))
        .build();
  }

  /**
   * The marked text. The year of the date-of-birth marker is taken out of generated text, where it
   * would be free text, not an identifier.
   */
  private static String mark(String field, String text) {
    return text.isBlank()
        ? text
        : PREFIX + field + "-" + text.replace(Integer.toString(DOB_YEAR), "19o7");
  }

  private static Optional<String> mark(String field, Optional<String> text) {
    return text.map(t -> mark(field, t));
  }

  private static <T> List<T> map(List<T> values, UnaryOperator<T> f) {
    List<T> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(f.apply(v)));
    return out;
  }

  // ---- the model, by reflection ----------------------------------------------------------------

  /**
   * Every text property a case can hold, found from the model's types: {@code Type.property} for
   * each abstract accessor of a model type reachable from {@link Case} that returns a String, an
   * optional String or a list of Strings.
   */
  static Set<String> textProperties() {
    Set<String> found = new TreeSet<>();
    textProperties(Case.class, found, new TreeSet<>());
    return found;
  }

  private static void textProperties(Class<?> type, Set<String> found, Set<String> seen) {
    if (!seen.add(type.getName())) {
      return;
    }
    for (Method m : accessors(type)) {
      Class<?> element = elementType(m.getGenericReturnType());
      if (element == String.class) {
        found.add(type.getSimpleName() + "." + m.getName());
      } else if (isModel(element) && !element.isEnum()) {
        textProperties(element, found, seen);
      }
    }
  }

  /**
   * The text value of every text property of a case, by {@code Type.property}, as {@link
   * #textProperties()} names them.
   */
  static Map<String, List<String>> textValues(Case c) {
    Map<String, List<String>> values = new TreeMap<>();
    textValues(c, Case.class, values);
    return values;
  }

  private static void textValues(Object value, Class<?> type, Map<String, List<String>> values) {
    for (Method m : accessors(type)) {
      Class<?> element = elementType(m.getGenericReturnType());
      for (Object v : flatten(invoke(m, value))) {
        if (element == String.class) {
          values
              .computeIfAbsent(type.getSimpleName() + "." + m.getName(), k -> new ArrayList<>())
              .add((String) v);
        } else if (isModel(element) && !element.isEnum()) {
          textValues(v, element, values);
        }
      }
    }
  }

  /**
   * The {@code toString()} of the value and of every model object it holds, found through every
   * public no-argument method of the model types: the case, its patient, items, violations; a
   * determination, its decisions, criteria, citations and editions.
   */
  static List<String> toStrings(Object root) {
    List<String> out = new ArrayList<>();
    toStrings(root, out, 0);
    return out;
  }

  private static void toStrings(Object value, List<String> out, int depth) {
    if (depth > 20) {
      throw new AssertionError("model values nest deeper than expected: a cycle?");
    }
    for (Object v : flatten(value)) {
      if (!isModel(v.getClass()) || v.getClass().isEnum()) {
        continue;
      }
      out.add(v.toString());
      for (Method m : publicType(v.getClass()).getMethods()) {
        if (Modifier.isStatic(m.getModifiers())
            || m.getParameterCount() != 0
            || !isModel(m.getDeclaringClass())
            || Set.of("toString", "hashCode", "requireValid").contains(m.getName())) {
          continue;
        }
        toStrings(invoke(m, v), out, depth + 1);
      }
    }
  }

  /** The public model type of a value: {@code Case} for the generated {@code ImmutableCase}. */
  private static Class<?> publicType(Class<?> type) {
    Class<?> t = type;
    while (!Modifier.isPublic(t.getModifiers()) && t.getSuperclass() != null) {
      t = t.getSuperclass();
    }
    return t;
  }

  /** The abstract public no-argument accessors of a model type: its properties. */
  private static List<Method> accessors(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers())
          && m.getParameterCount() == 0
          && isModel(m.getDeclaringClass())) {
        out.add(m);
      }
    }
    out.sort((a, b) -> a.getName().compareTo(b.getName()));
    return out;
  }

  private static boolean isModel(Class<?> type) {
    return type.getPackageName().equals(MODEL_PACKAGE);
  }

  /** {@code X} for {@code X}, {@code Optional<X>}, {@code List<X>} and {@code Set<X>}. */
  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
        return elementType(p.getActualTypeArguments()[0]);
      }
      return raw;
    }
    return type instanceof Class<?> c ? c : Object.class;
  }

  /** The values in an optional or a collection, or the value itself. */
  private static List<Object> flatten(Object value) {
    if (value instanceof Optional<?> o) {
      return o.<List<Object>>map(List::of).orElse(List.of());
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      c.forEach(out::add);
      return out;
    }
    return List.of(value);
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new AssertionError(m + " is not accessible", e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m + " failed", e.getCause());
    }
  }
}
