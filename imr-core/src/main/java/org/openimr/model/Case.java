package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An Independent Medical Review case: the patient, the injury, the clinical record that guideline
 * criteria ask about, and the disputed items to decide.
 *
 * <p>A case can be built with values that break whole-case rules (a UR decision dated before the
 * request, more sessions completed than authorized); {@link #violations()} lists every such problem
 * with its JSON path, and the reviewer refuses a case that has any.
 *
 * <p>Every value read has a bound, reported like any other rule:
 *
 * <ul>
 *   <li>every count (a request's total, UR's approved sessions, a prior course's sessions
 *       authorized and completed) from 0 to {@value TreatmentRequest#MAX_SESSIONS}, a request's
 *       total at least 1;
 *   <li>a request's weeks from 1 to {@value TreatmentRequest#MAX_WEEKS}, its sessions a week from
 *       {@value FrequencyRange#MIN_PER_WEEK} to {@value FrequencyRange#MAX_PER_WEEK};
 *   <li>every date (injury, request, UR decision, IMR application, date of birth, surgeries, prior
 *       courses' start and end, functional improvement) from {@link #EARLIEST_DATE} (1900-01-01) to
 *       {@link #LATEST_DATE} (2100-12-31);
 *   <li>every diagnosis code (of the case and of its surgeries) at most {@value
 *       Diagnosis#MAX_CODE_LENGTH} characters;
 *   <li>at most {@value #MAX_DISPUTED_ITEMS} disputed items and {@value #MAX_PRIOR_COURSES} prior
 *       courses ({@link #treatmentHistory()});
 *   <li>the patient's age from 0 to 120.
 * </ul>
 *
 * <p>Within these bounds no arithmetic on counts overflows: the sessions of every prior course
 * together are at most {@value #MAX_PRIOR_COURSES} × {@value TreatmentRequest#MAX_SESSIONS}, and a
 * date plus a postsurgical period of years stays within {@link LocalDate}.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCase.class)
@JsonDeserialize(as = ImmutableCase.class)
public abstract class Case {
  /** The earliest date any date in a case may hold. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date any date in a case may hold. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  /** The most disputed items one case may list. */
  public static final int MAX_DISPUTED_ITEMS = 100;

  /** The most prior courses of treatment ({@link #treatmentHistory()}) one case may list. */
  public static final int MAX_PRIOR_COURSES = 200;

  Case() {}

  /** The IMR case number, e.g. {@code "CM14-0012345"}. */
  public abstract String caseNumber();

  /** The injured worker; identifiers are redacted from {@code toString()}. */
  public abstract Patient patient();

  /** The date of the industrial injury. */
  public abstract LocalDate dateOfInjury();

  /** The date of the request for authorization (RFA) under dispute. */
  public abstract Optional<LocalDate> requestDate();

  /** The date of the utilization review decision under dispute. */
  public abstract Optional<LocalDate> urDecisionDate();

  /** The date the application for IMR was received. */
  public abstract Optional<LocalDate> imrApplicationDate();

  /** The body regions the injury concerns. */
  public abstract List<BodyRegion> injuredRegions();

  /** The diagnoses of record. */
  public abstract List<Diagnosis> diagnoses();

  /** The surgeries of record, for the injury. */
  public abstract List<Surgery> surgeries();

  /** Courses of treatment received before the request. */
  public abstract List<PriorTreatment> treatmentHistory();

  /**
   * What the record says of pain medication; {@link PainMedicationStatus#NOT_DOCUMENTED} unless
   * set.
   */
  @Value.Default
  public PainMedicationStatus painMedication() {
    return PainMedicationStatus.NOT_DOCUMENTED;
  }

  /** Clinical facts the record documents that criteria ask about; absent means not documented. */
  public abstract Set<ClinicalFinding> findings();

  /** What the record documents of functional improvement (8 CCR § 9792.20). */
  public abstract List<FunctionalImprovementEvidence> functionalImprovement();

  /** The items in dispute, each decided on its own. */
  public abstract List<DisputedItem> disputedItems();

  /**
   * The date that decides which guideline edition applies: the request date, else the UR decision
   * date, else the IMR application date.
   */
  public final Optional<LocalDate> effectiveRequestDate() {
    return requestDate().or(this::urDecisionDate).or(this::imrApplicationDate);
  }

  /**
   * Every whole-case rule this case breaks, each with the JSON path of the field at fault, in a
   * stable order. Empty for a valid case. Messages name fields, never values.
   *
   * <p>Computed once per case, on first use: a case is immutable, so the reviewer deciding its
   * items one by one does not validate it again for each.
   */
  @Value.Lazy
  public List<Violation> violations() {
    return CaseValidator.validate(this);
  }

  /**
   * This case, if it has no {@linkplain #violations() violations}.
   *
   * @throws InvalidCaseException listing every violation
   */
  public final Case requireValid() {
    List<Violation> violations = violations();
    if (!violations.isEmpty()) {
      throw new InvalidCaseException(violations);
    }
    return this;
  }

  /** A builder for a case. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Case}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableCase.Builder {
    Builder() {}
  }
}
