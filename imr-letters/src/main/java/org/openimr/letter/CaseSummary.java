package org.openimr.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;

/**
 * Writes the clinical case summary of a letter from a case's structured facts, one sentence per
 * fact, in the phrasing letters use and {@link LetterParser} reads back. Patient identifiers are
 * never written.
 */
final class CaseSummary {
  private CaseSummary() {}

  static List<String> sentences(Case c) {
    List<String> out = new ArrayList<>();
    out.add(patientSentence(c));
    if (!c.diagnoses().isEmpty()) {
      out.add(
          "The diagnoses are "
              + c.diagnoses().stream().map(Diagnosis::code).collect(Collectors.joining(", "))
              + ".");
    }
    for (Surgery s : c.surgeries()) {
      out.add(
          "The patient underwent surgery ("
              + s.procedure()
              + ") of the "
              + s.laterality().map(l -> l.word() + " ").orElse("")
              + region(s.region())
              + " on "
              + date(s.date())
              + ".");
    }
    for (PriorTreatment t : c.treatmentHistory()) {
      out.addAll(treatmentSentences(t));
    }
    switch (c.painMedication()) {
      case REDUCED -> out.add("Pain medication has been reduced.");
      case NOT_TOLERATED -> out.add("Pain medication is not tolerated.");
      case UNCHANGED -> out.add("Pain medication is unchanged.");
      case NOT_DOCUMENTED -> {}
    }
    if (!c.findings().isEmpty()) {
      out.add(
          "The record documents "
              + c.findings().stream()
                  .sorted()
                  .map(CaseSummary::finding)
                  .collect(Collectors.joining("; "))
              + ".");
    }
    for (FunctionalImprovementEvidence e : c.functionalImprovement()) {
      out.add(improvementSentence(e));
      e.source().ifPresent(src -> out.add("The source is " + src.trim() + "."));
    }
    c.requestDate()
        .ifPresent(d -> out.add("The request for authorization is dated " + date(d) + "."));
    c.urDecisionDate()
        .ifPresent(d -> out.add("The utilization review decision is dated " + date(d) + "."));
    c.imrApplicationDate()
        .ifPresent(
            d ->
                out.add(
                    "The application for independent medical review is dated " + date(d) + "."));
    for (DisputedItem item : c.disputedItems()) {
      out.add("The request under review is for " + item.requestedAs() + ".");
    }
    return out;
  }

  private static String patientSentence(Case c) {
    Patient p = c.patient();
    StringBuilder s = new StringBuilder("The patient is a ").append(p.age()).append(" year old");
    String sex = p.sex() == Sex.FEMALE ? "female" : p.sex() == Sex.MALE ? "male" : "";
    if (!sex.isEmpty()) {
      s.append(' ').append(sex);
    }
    if (sex.isEmpty()) {
      s.append(" individual");
    }
    // the reader reads an occupation directly after the sex word, else after "employed as"
    String occupation = p.occupation().map(String::trim).orElse("");
    if (!occupation.isEmpty()) {
      s.append(sex.isEmpty() ? " employed as " + article(occupation) : " ").append(occupation);
    }
    s.append(" who sustained an injury");
    if (!c.injuredRegions().isEmpty()) {
      s.append(" to the ")
          .append(
              join(
                  c.injuredRegions().stream()
                      .map(CaseSummary::region)
                      .collect(Collectors.toList())));
    }
    return s.append(" on ").append(date(c.dateOfInjury())).append('.').toString();
  }

  private static String article(String noun) {
    return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ";
  }

  private static List<String> treatmentSentences(PriorTreatment t) {
    String modality = modality(t.modality());
    String where = t.region().map(r -> " for the " + region(r)).orElse("");
    String outcome = t.documentedOutcome().map(o -> " with " + o.trim()).orElse("");
    List<String> out = new ArrayList<>();
    t.sessionsAuthorized()
        .ifPresent(
            n ->
                out.add(
                    "The patient was authorized " + n + " sessions of " + modality + where + "."));
    if (t.sessionsCompleted().isPresent()) {
      out.add(
          "The patient has had "
              + t.sessionsCompleted().get()
              + " sessions of "
              + modality
              + where
              + outcome
              + ".");
    } else if (t.sessionsAuthorized().isEmpty()) {
      out.add(
          "The patient has had "
              + modality
              + where
              + "; the number of sessions is not documented"
              + outcome
              + ".");
    } else if (!outcome.isEmpty()) {
      out.add("The outcome of " + modality + " is documented" + outcome + ".");
    }
    return out;
  }

  private static String improvementSentence(FunctionalImprovementEvidence e) {
    StringBuilder s =
        new StringBuilder("The record documents ")
            .append(e.objective() ? "objective" : "subjective")
            .append(" improvement");
    switch (e.element()) {
      case ADL_IMPROVEMENT -> s.append(" in activities of daily living");
      case WORK_RESTRICTION_REDUCTION -> s.append(" through a reduction in work restrictions");
      case REDUCED_TREATMENT_DEPENDENCY ->
          s.append(" through a reduced dependency on continued medical treatment");
      case GLOBAL_IMPROVEMENT_REPORT -> s.append(" as a global report");
    }
    e.attributedTo().ifPresent(m -> s.append(" after ").append(modality(m)));
    e.documentedOn().ifPresent(d -> s.append(" on ").append(date(d)));
    e.description().ifPresent(d -> s.append(": ").append(d.trim()));
    return s.append('.').toString();
  }

  private static String finding(ClinicalFinding f) {
    return switch (f) {
      case CHRONIC_PAIN -> "chronic pain";
      case RADIATING_PAIN -> "pain radiating along a nerve";
      case MUSCLE_SPASM -> "muscle spasm";
      case INFLAMMATION -> "inflammation";
      case SCAR_TISSUE_PAIN -> "scar tissue pain";
      case PAIN_IN_MULTIPLE_SITES -> "pain in multiple sites";
      case ACTIVE_PHYSICAL_REHABILITATION -> "participation in active physical rehabilitation";
      case REDUCED_WEIGHT_BEARING_DESIRABLE -> "that reduced weight bearing is desirable";
      case HOME_EXERCISE_PROGRAM -> "a home exercise program";
      case RETURNED_TO_WORK -> "a return to work";
      case MAINTENANCE_CARE -> "that the requested care is elective or maintenance care";
      case EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS ->
          "that the employer agreed in writing to visits beyond the statutory limit";
    };
  }

  static String modality(Modality m) {
    return m == Modality.OTHER ? "another treatment" : m.displayName().toLowerCase(Locale.ROOT);
  }

  static String region(BodyRegion r) {
    return r == BodyRegion.OTHER ? "another body region" : r.displayName();
  }

  /** {@code M/d/yyyy}, as letters write dates. */
  static String date(LocalDate d) {
    return d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
  }

  private static String join(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }
}
