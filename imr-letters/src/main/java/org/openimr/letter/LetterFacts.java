package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.BodyRegion;
import org.openimr.model.Diagnosis;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;

/**
 * The case facts a letter's clinical case summary states, each with the text it was read from. What
 * the summary does not state is absent or empty: the parser never guesses. Improvement statements
 * are read from the summary and from the decision rationales; dates of documents also from a
 * "DOCUMENTS REVIEWED" section. Patient identifiers (name, date of birth, claim number) are never
 * read.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class LetterFacts {
  LetterFacts() {}

  /** {@code "61 year old"}, {@code "61-year-old"}, {@code "aged 61"}. */
  public abstract Optional<Fact<Integer>> age();

  /** Only from an explicit word (female, male, woman, man); never from pronouns. */
  public abstract Optional<Fact<Sex>> sex();

  /** {@code "a 61 year old female nurse who"}, {@code "employed as a bus driver"}. */
  public abstract Optional<Fact<String>> occupation();

  /** The first date stated with the injury ({@code "injury ... on 10/10/13"}, {@code "DOI"}). */
  public abstract Optional<Fact<LocalDate>> dateOfInjury();

  /** The regions the injury sentence names after its injury word, up to its first clause. */
  public abstract List<Fact<BodyRegion>> injuredRegions();

  /** ICD-9 ({@code 729.1}) and ICD-10 ({@code M54.5}) codes in sentences about diagnoses. */
  public abstract List<Fact<Diagnosis>> diagnoses();

  /** Sessions had or authorized before the request, one per mention. */
  public abstract List<Fact<PriorSessions>> priorSessions();

  /** Treatments the summary says were requested or appealed ({@code "3x4 acupuncture"}). */
  public abstract List<Fact<TreatmentRequest>> requestedTreatments();

  public abstract List<Fact<Imaging>> imaging();

  /** Medications the summary names, each once, in the letter's spelling. */
  public abstract List<Fact<String>> medications();

  /** Reduced, not tolerated or unchanged, where a sentence about medication says so. */
  public abstract Optional<Fact<PainMedicationStatus>> painMedication();

  public abstract List<Fact<ImprovementStatement>> improvements();

  /** Dates of reports, notes and evaluations ({@code "a report dated 2/9/14"}). */
  public abstract List<Fact<LocalDate>> reportDates();

  /** The date of a request for authorization (RFA), where stated. */
  public abstract Optional<Fact<LocalDate>> requestDate();

  /** The date of the utilization review decision, where stated. */
  public abstract Optional<Fact<LocalDate>> urDecisionDate();

  /** The date of the application for independent medical review, where stated. */
  public abstract Optional<Fact<LocalDate>> imrApplicationDate();
}
