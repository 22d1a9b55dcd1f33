package org.openimr.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.openimr.model.BodyRegion;
import org.openimr.model.Modality;

/**
 * The words the fact extractor looks for. Regions and modalities come from the model's own phrase
 * lists, so letters, requests and the renderer share one vocabulary.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Every word set, in order, for tests. Declared first. */
  private static final List<WordSet> SETS = new ArrayList<>();

  private static WordSet words(String... words) {
    return words(Set.of(words));
  }

  private static WordSet words(Set<String> words) {
    WordSet set = new WordSet(words);
    SETS.add(set);
    return set;
  }

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

  static final WordSet SESSION_UNITS =
      words("session", "sessions", "visit", "visits", "treatment", "treatments");

  /** Adjectives allowed between a count and its unit or modality: "6 prior sessions". */
  static final WordSet PRIOR_ADJECTIVES =
      words("prior", "previous", "past", "completed", "initial");

  /** A count right after these is hedged ("at least 6") and is not read. */
  static final WordSet HEDGES =
      words(
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

  static final WordSet REQUEST_CUES =
      words(
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

  static final WordSet AUTHORIZED_CUES = words("authorized", "certified", "approved");

  static final WordSet HAD_CUES =
      words(
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

  static final WordSet AUXILIARIES =
      words("were", "was", "are", "is", "has", "have", "had", "been", "previously", "also", "all");

  /** Words that open a request phrase in the summary. */
  static final WordSet REQUEST_OPENERS =
      words("request", "requests", "requested", "requesting", "appeal", "appealed", "rfa");

  static final WordSet FILLERS =
      words("for", "the", "to", "of", "her", "his", "their", "a", "an", "is", "was");

  /** "the injured worker" names the patient, not an injury. */
  static final WordSet INJURED_PERSONS =
      words("worker", "employee", "patient", "party", "claimant", "applicant");

  static final WordSet INJURY_CUES = words("injury", "injured", "injuries", "doi");

  /** Words that end the list of injured regions. */
  static final WordSet REGION_STOPS =
      words(
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

  static final WordSet SEX_FEMALE = words("female", "woman", "lady");
  static final WordSet SEX_MALE = words("male", "man", "gentleman");

  /** Words that end an occupation. */
  static final WordSet OCCUPATION_STOPS =
      words(
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
  static final WordSet NOT_OCCUPATIONS =
      words(
          "patient",
          "individual",
          "person",
          "claimant",
          "applicant",
          "employee",
          "worker",
          "injured");

  static final WordSet EMPLOYED_CUES = words("employed", "works", "worked", "working");

  static final WordSet UR_CUES =
      words("ur", "non-certification", "noncertification", "non-certified", "determination");

  static final WordSet REPORT_CUES =
      words(
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

  static final WordSet DIAGNOSIS_CUES = words("dx", "icd-9", "icd-10", "icd9", "icd10");

  static final WordSet NEGATIONS =
      words(
          "no", "not", "without", "lack", "lacks", "lacking", "absence", "absent", "none",
          "neither", "nor", "never");

  static final WordSet IMPROVEMENT_CUES =
      words("improvement", "improvements", "improved", "improving", "better");

  /** Clauses with these words state a rule or a condition, not a fact of the case. */
  static final WordSet CONDITIONALS =
      words(
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
  static final WordSet PATIENT_WORDS =
      words(
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

  static final WordSet OBJECTIVE_CUES = words("objective", "objectively", "measured", "measurable");

  static final WordSet ATTRIBUTION_CUES = words("with", "after", "from", "following");

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

  static final WordSet IMAGING_SKIPS =
      words(
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

  static final WordSet RESULT_WORDS =
      words("negative", "normal", "unremarkable", "positive", "abnormal");
  static final WordSet RESULT_VERBS =
      words(
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

  static final WordSet MEDICATION_WORDS = words("medication", "medications", "meds", "analgesics");

  // ---- words the fact extractor looks for around a cue

  static final WordSet ARTICLES = words("a", "an", "the");
  static final WordSet YEAR_WORDS = words("year", "years", "yr", "yrs");
  static final WordSet YEAR_OLD_WORDS =
      words("year-old", "years-old", "yr-old", "yo", "y/o", "y.o");
  static final WordSet HAD_AFTER =
      words("completed", "attended", "done", "performed", "received", "had");
  static final WordSet REGION_PREPOSITIONS = words("for", "to", "of", "on", "in");
  static final WordSet REGION_DETERMINERS = words("the", "her", "his", "their", "both");
  static final WordSet SIDES = words("left", "right", "bilateral");
  static final WordSet OUTCOME_WORDS =
      words("relief", "benefit", "improvement", "help", "change", "success");
  static final WordSet MEDICATION_NEGATIONS =
      words("not", "no", "unable", "cannot", "poorly", "never");
  static final WordSet NEGATIONS_BEFORE_TO = words("not", "no", "unable");
  static final WordSet BE_WORDS = words("been", "be");
  static final WordSet TOLERATE_WORDS = words("tolerate", "tolerated", "tolerating");
  static final WordSet REDUCTION_WORDS =
      words("reduced", "decreased", "tapered", "weaned", "reduction", "reduce", "decrease");

  /** Words that a full stop after does not end a sentence: "Dr.", "e.g.", "No.". */
  static final WordSet ABBREVIATIONS =
      words("dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "st", "jr", "sr", "no", "nos");

  /** Words a request phrase may end with: units, weeks, and the last word of every phrase. */
  static final WordSet REQUEST_LAST_WORDS = words(requestLastWords());

  /** Number words that {@link Words#number} reads, {@code "six"} to {@code "ninety-nine"}. */
  static final WordSet NUMBER_WORDS = words(Words.numberWords());

  /** Words that {@link Words#date} reads as a month, {@code "feb"}, {@code "sept"}. */
  static final WordSet MONTH_WORDS = words(Words.monthWords());

  /** Every word set, for tests. */
  static List<WordSet> wordSets() {
    return List.copyOf(SETS);
  }

  private static Set<String> requestLastWords() {
    Set<String> words = new HashSet<>(SESSION_UNITS.words());
    words.addAll(List.of("week", "weeks", "wk", "wks"));
    Stream.concat(
            Stream.of(BodyRegion.values()).flatMap(r -> r.phrases().stream()),
            Stream.of(Modality.values()).flatMap(m -> m.phrases().stream()))
        .forEach(
            phrase -> {
              int space = phrase.lastIndexOf(' ');
              words.add(space < 0 ? phrase : phrase.substring(space + 1));
            });
    return words;
  }
}
