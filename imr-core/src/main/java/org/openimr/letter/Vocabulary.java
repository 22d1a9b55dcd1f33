package org.openimr.letter;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.openimr.model.BodyRegion;
import org.openimr.model.Modality;

/**
 * The words the fact extractor looks for. Regions and modalities come from the model's own phrase
 * lists, so letters, requests and the renderer share one vocabulary.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final PhraseTable<BodyRegion> REGIONS =
      PhraseTable.of(
          Arrays.stream(BodyRegion.values()).filter(r -> r != BodyRegion.OTHER).toList(),
          BodyRegion::phrases);

  static final PhraseTable<Modality> MODALITIES =
      PhraseTable.of(
          Arrays.stream(Modality.values()).filter(m -> m != Modality.OTHER).toList(),
          Modality::phrases);

  /** Modality phrases of at least three letters: "pt" often means "patient". */
  static final PhraseTable<Modality> MODALITY_WORDS =
      PhraseTable.of(
          Arrays.stream(Modality.values()).filter(m -> m != Modality.OTHER).toList(),
          m -> m.phrases().stream().filter(p -> p.length() > 2).toList());

  static final Set<String> SESSION_UNITS =
      Set.of("session", "sessions", "visit", "visits", "treatment", "treatments");

  /** Adjectives allowed between a count and its unit or modality: "6 prior sessions". */
  static final Set<String> PRIOR_ADJECTIVES =
      Set.of("prior", "previous", "past", "completed", "initial");

  /** A count right after these is hedged ("at least 6") and is not read. */
  static final Set<String> HEDGES =
      Set.of(
          "least",
          "approximately",
          "about",
          "around",
          "over",
          "than",
          "nearly",
          "almost",
          "roughly",
          "~",
          "to");

  static final Set<String> REQUEST_CUES =
      Set.of(
          "request",
          "requests",
          "requested",
          "requesting",
          "appeal",
          "appealed",
          "additional",
          "further",
          "recommend",
          "recommended",
          "recommends",
          "recommending",
          "plan",
          "planned",
          "proposed",
          "prescribed",
          "denied",
          "non-certified",
          "noncertified",
          "modified",
          "pending");

  static final Set<String> AUTHORIZED_CUES = Set.of("authorized", "certified", "approved");

  static final Set<String> HAD_CUES =
      Set.of(
          "had",
          "has",
          "completed",
          "attended",
          "received",
          "underwent",
          "undergone",
          "undergoing",
          "tried",
          "trialed",
          "failed",
          "after",
          "following",
          "includes",
          "included",
          "including",
          "participated",
          "done",
          "performed",
          "date");

  static final Set<String> AUXILIARIES =
      Set.of("were", "was", "are", "is", "has", "have", "had", "been", "previously", "also", "all");

  /** Words that open a request phrase in the summary. */
  static final Set<String> REQUEST_OPENERS =
      Set.of("request", "requests", "requested", "requesting", "appeal", "appealed", "rfa");

  static final Set<String> FILLERS =
      Set.of("for", "the", "to", "of", "her", "his", "their", "a", "an", "is", "was");

  /** "the injured worker" names the patient, not an injury. */
  static final Set<String> INJURED_PERSONS =
      Set.of("worker", "employee", "patient", "party", "claimant", "applicant");

  static final Set<String> INJURY_CUES = Set.of("injury", "injured", "injuries", "doi");

  /** Words that end the list of injured regions. */
  static final Set<String> REGION_STOPS =
      Set.of(
          "while",
          "when",
          "whilst",
          "after",
          "as",
          "with",
          "due",
          "because",
          "from",
          "during",
          "that",
          "which",
          "who",
          "radiating",
          "radiates",
          "radiated",
          "resulting",
          "secondary",
          "caused",
          "lifting",
          "falling",
          "carrying");

  static final Set<String> SEX_FEMALE = Set.of("female", "woman", "lady");
  static final Set<String> SEX_MALE = Set.of("male", "man", "gentleman");

  /** Words that end an occupation. */
  static final Set<String> OCCUPATION_STOPS =
      Set.of(
          "who",
          "that",
          "which",
          "with",
          "whose",
          "has",
          "had",
          "have",
          "was",
          "is",
          "were",
          "presenting",
          "presented",
          "presents",
          "sustained",
          "injured",
          "and",
          "on",
          "at",
          "in",
          "for",
          "of",
          "status",
          "s/p",
          "complains",
          "complaining",
          "reported",
          "reports",
          "employed",
          "working",
          "works",
          "worked",
          "whom",
          "by",
          "from",
          "to",
          "when",
          "while");

  /** Words that are not an occupation on their own. */
  static final Set<String> NOT_OCCUPATIONS =
      Set.of(
          "patient",
          "individual",
          "person",
          "claimant",
          "applicant",
          "employee",
          "worker",
          "injured");

  static final Set<String> EMPLOYED_CUES = Set.of("employed", "works", "worked", "working");

  static final Set<String> UR_CUES =
      Set.of("ur", "non-certification", "noncertification", "non-certified", "determination");

  static final Set<String> REPORT_CUES =
      Set.of(
          "report",
          "reports",
          "note",
          "notes",
          "evaluation",
          "visit",
          "pr-2",
          "pr2",
          "progress",
          "exam",
          "examination",
          "consultation",
          "assessment",
          "re-evaluation",
          "follow-up",
          "office");

  static final Set<String> DIAGNOSIS_CUES = Set.of("dx", "icd-9", "icd-10", "icd9", "icd10");

  static final Set<String> NEGATIONS =
      Set.of(
          "no", "not", "without", "lack", "lacks", "lacking", "absence", "absent", "none",
          "neither", "nor", "never");

  static final Set<String> IMPROVEMENT_CUES =
      Set.of("improvement", "improvements", "improved", "improving", "better");

  /** Clauses with these words state a rule or a condition, not a fact of the case. */
  static final Set<String> CONDITIONALS =
      Set.of(
          "if",
          "unless",
          "may",
          "should",
          "must",
          "would",
          "could",
          "guideline",
          "guidelines",
          "mtus",
          "acoem",
          "odg",
          "state",
          "states",
          "recommend",
          "recommends",
          "recommended",
          "requires",
          "require",
          "needs",
          "criteria");

  /** Words that show a clause speaks of the patient. */
  static final Set<String> PATIENT_WORDS =
      Set.of(
          "patient",
          "patient's",
          "she",
          "he",
          "her",
          "his",
          "claimant",
          "applicant",
          "worker",
          "employee");

  static final Set<String> OBJECTIVE_CUES =
      Set.of("objective", "objectively", "measured", "measurable");

  static final Set<String> ATTRIBUTION_CUES = Set.of("with", "after", "from", "following");

  static final List<String> ADL_PHRASES =
      List.of("activities of daily living", "adl", "adls", "daily activities");
  static final List<String> WORK_PHRASES =
      List.of(
          "work restrictions",
          "work restriction",
          "return to work",
          "returned to work",
          "modified duty");
  static final List<String> DEPENDENCY_PHRASES =
      List.of(
          "dependency",
          "dependence",
          "reduced medication",
          "decreased medication",
          "less medication");

  static final PhraseTable<String> IMAGING =
      PhraseTable.of(
          List.of(
              "X-ray",
              "MRI",
              "CT",
              "EMG/NCV",
              "bone scan",
              "ultrasound",
              "myelogram",
              "arthrogram"),
          study ->
              switch (study) {
                case "X-ray" ->
                    List.of(
                        "x-ray",
                        "x-rays",
                        "xray",
                        "xrays",
                        "radiograph",
                        "radiographs",
                        "radiographic");
                case "MRI" -> List.of("mri", "mris", "magnetic resonance imaging");
                case "CT" -> List.of("ct", "ct scan", "cat scan", "computed tomography");
                case "EMG/NCV" ->
                    List.of(
                        "emg/ncv",
                        "emg",
                        "ncv",
                        "ncs",
                        "emg/ncs",
                        "nerve conduction",
                        "electrodiagnostic");
                case "bone scan" -> List.of("bone scan");
                case "ultrasound" -> List.of("ultrasound", "sonogram");
                default -> List.of(study);
              });

  static final Set<String> IMAGING_SKIPS =
      Set.of(
          "no",
          "not",
          "without",
          "request",
          "requested",
          "requesting",
          "recommend",
          "recommended",
          "plan",
          "planned",
          "pending",
          "ordered",
          "awaiting",
          "await",
          "repeat",
          "requests",
          "recommends");

  static final Set<String> RESULT_WORDS =
      Set.of("negative", "normal", "unremarkable", "positive", "abnormal");
  static final Set<String> RESULT_VERBS =
      Set.of(
          "showed",
          "shows",
          "show",
          "revealed",
          "reveals",
          "demonstrated",
          "demonstrates",
          "noted");

  static final PhraseTable<String> MEDICATIONS =
      PhraseTable.of(
          List.of(
              "nsaids",
              "nsaid",
              "anti-inflammatory",
              "anti-inflammatories",
              "anti-inflammatory medications",
              "ibuprofen",
              "motrin",
              "advil",
              "naproxen",
              "naprosyn",
              "anaprox",
              "aleve",
              "meloxicam",
              "mobic",
              "celebrex",
              "celecoxib",
              "diclofenac",
              "voltaren",
              "etodolac",
              "relafen",
              "nabumetone",
              "tylenol",
              "acetaminophen",
              "tramadol",
              "ultram",
              "ultracet",
              "norco",
              "vicodin",
              "hydrocodone",
              "oxycodone",
              "percocet",
              "oxycontin",
              "morphine",
              "codeine",
              "opioids",
              "opioid",
              "opiates",
              "gabapentin",
              "neurontin",
              "pregabalin",
              "lyrica",
              "cyclobenzaprine",
              "flexeril",
              "muscle relaxants",
              "muscle relaxant",
              "tizanidine",
              "zanaflex",
              "baclofen",
              "soma",
              "carisoprodol",
              "methocarbamol",
              "robaxin",
              "lidoderm",
              "lidocaine",
              "duloxetine",
              "cymbalta",
              "amitriptyline",
              "elavil",
              "omeprazole",
              "prilosec",
              "prednisone",
              "medrol"),
          List::of);

  static final Set<String> MEDICATION_WORDS =
      Set.of("medication", "medications", "meds", "analgesics");
}
