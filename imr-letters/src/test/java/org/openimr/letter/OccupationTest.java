package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.letter.Letters.factsOf;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.model.Patient;
import org.openimr.model.Sex;

/**
 * The occupation is kept only as a short phrase of lower-case words directly after the sex word (or
 * after "employed as"), ended by a stop word: whatever else follows the sex word, a name above all,
 * is never read as the occupation.
 */
class OccupationTest {

  static Stream<Arguments> summaries() {
    return Stream.of(
        // a name after the occupation: the phrase is not an occupation, nothing is kept
        Arguments.of(
            "The patient is a 45-year-old female warehouse worker Jane Doe who fell.",
            Optional.empty()),
        Arguments.of("A 50 year old male truck driver Smith who reports pain.", Optional.empty()),
        Arguments.of(
            "A 38 year old woman employed as a cashier Mary who reports pain.", Optional.empty()),
        Arguments.of("A 52 year old male Walmart cashier who fell.", Optional.empty()),
        // digits are not words of an occupation
        Arguments.of("A 52 year old male 2nd shift driver who fell.", Optional.empty()),
        // four words are not short
        Arguments.of(
            "A 60 year old male senior part-time security guard who fell.", Optional.empty()),
        // no sex word: what follows the age is not read
        Arguments.of("A 29 year old nurse who fell.", Optional.empty()),
        // short lower-case phrases directly after the sex word are kept
        Arguments.of(
            "The patient is a 45-year-old female warehouse worker who fell.",
            Optional.of("warehouse worker")),
        Arguments.of(
            "A 50 year old male truck driver, injured in 2012.", Optional.of("truck driver")),
        Arguments.of(
            "A 52 year old female licensed vocational nurse who fell.",
            Optional.of("licensed vocational nurse")),
        Arguments.of(
            "A 60 year old male part-time security guard who fell.",
            Optional.of("part-time security guard")),
        Arguments.of(
            "A 38 year old woman employed as a dental hygienist who reports pain.",
            Optional.of("dental hygienist")));
  }

  @ParameterizedTest
  @MethodSource("summaries")
  void anOccupationIsAShortLowerCasePhraseDirectlyAfterTheSexWord(
      String summary, Optional<String> occupation) {
    assertThat(factsOf(summary).occupation().map(Fact::value)).isEqualTo(occupation);
  }

  @Property(tries = 300)
  void aCapitalisedWordAfterTheOccupationIsNeverReadIntoAnyFact(
      @ForAll("occupations") String occupation,
      @ForAll("names") String name,
      @ForAll("sexWords") String sex) {
    ParsedLetter letter =
        LetterParser.standard()
            .parse(
                Letters.withSummary(
                    "The patient is a 45-year-old "
                        + sex
                        + " "
                        + occupation
                        + " "
                        + name
                        + " who sustained an injury to the low back on 1/5/2013."));

    assertThat(letter.facts().occupation()).isEmpty();
    for (Fact<?> fact : Letters.allFacts(letter)) {
      assertThat(String.valueOf(fact.value())).doesNotContain(name);
    }
  }

  @Property(tries = 300)
  void aLowerCasePhraseOfUpToThreeWordsEndedByAStopWordIsTheOccupation(
      @ForAll("occupations") String occupation, @ForAll("sexWords") String sex) {
    LetterFacts facts =
        factsOf(
            "The patient is a 45-year-old "
                + sex
                + " "
                + occupation
                + " who sustained an injury to the low back on 1/5/2013.");

    assertThat(facts.occupation().map(Fact::value)).contains(occupation);
  }

  @Property(tries = 100)
  void anOccupationIsNotPrintedByThePatientsToString(@ForAll("names") String name) {
    Patient patient = Patient.builder().age(45).sex(Sex.FEMALE).occupation("nurse " + name).build();

    assertThat(patient.toString()).doesNotContain(name);
  }

  @Provide
  Arbitrary<String> sexWords() {
    return Arbitraries.of("female", "male", "woman", "man");
  }

  /** Lower-case words that no reader takes for anything but a word of an occupation. */
  @Provide
  Arbitrary<String> occupations() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(2)
            .ofMaxLength(12)
            .filter(OccupationTest::plainWord);
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
  }

  /** Names as letters write them: capitalised, one or two words. */
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> part =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(2)
            .ofMaxLength(10)
            .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
    return part.list().ofMinSize(1).ofMaxSize(2).map(words -> "Zq" + String.join(" ", words));
  }

  private static boolean plainWord(String w) {
    return List.of(
            Vocabulary.OCCUPATION_STOPS,
            Vocabulary.NOT_OCCUPATIONS,
            Vocabulary.SEX_FEMALE,
            Vocabulary.SEX_MALE)
        .stream()
        .noneMatch(set -> set.contains(w));
  }
}
