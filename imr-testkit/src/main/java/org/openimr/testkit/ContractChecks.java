package org.openimr.testkit;

import static org.openimr.testkit.ContractProperty.APPLICABILITY_AGREES;
import static org.openimr.testkit.ContractProperty.DECISIONS_CITE;
import static org.openimr.testkit.ContractProperty.DETERMINISTIC;
import static org.openimr.testkit.ContractProperty.IDENTIFIERS_UNUSED;
import static org.openimr.testkit.ContractProperty.MONOTONE_IN_DOCUMENTED_IMPROVEMENT;
import static org.openimr.testkit.ContractProperty.MONOTONE_IN_REQUESTED_SESSIONS;
import static org.openimr.testkit.ContractProperty.NEVER_THROWS;
import static org.openimr.testkit.ContractProperty.NON_MET_CRITERIA_CITE;
import static org.openimr.testkit.ContractProperty.STABLE_CRITERION_IDS;
import static org.openimr.testkit.ContractProperty.THREAD_SAFE;
import static org.openimr.testkit.ContractProperty.UPPER_BOUND_ON_SESSIONS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DecisionInvariantException;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.MedicalNecessity;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The checks behind the properties of {@link EvaluatorContract}, one method per property, each
 * given the spec and one generated case (and whatever else the property generates).
 *
 * <p>Design notes: an evaluator is asked about an item the way the reviewer asks it (applicability
 * first, then the edition in force on the request date, then evaluate), so the contract checks what
 * the reviewer will see. Failure messages name the property, the evaluator, the item id and the
 * fields or statuses at fault, but never a value of the case or text of the decision, which may
 * carry patient data; jqwik shows the shrunk case, whose {@code toString()} redacts identifiers. An
 * optional property that no try exercises fails through jqwik's coverage check: a property that
 * only ever compared NOT_EVALUABLE decisions has proved nothing.
 */
final class ContractChecks {
  private static final int THREADS = 4;
  private static final int ROUNDS = 8;
  private static final long TIMEOUT_SECONDS = 30;

  private ContractChecks() {}

  /** What the evaluator says about one item, asked as the reviewer asks. */
  record Verdict(
      Applicability applicability,
      Optional<GuidelineEdition> edition,
      Optional<Decision> decision) {
    boolean is(MedicalNecessity necessity) {
      return decision.map(d -> d.necessity() == necessity).orElse(false);
    }
  }

  static Verdict ask(ContractProperty property, GuidelineEvaluator e, Case c, DisputedItem item) {
    @Nullable Applicability applicability;
    try {
      applicability = e.applicability(c, item);
    } catch (RuntimeException ex) {
      throw property.violated(e, threw(ex, "applicability", item), ex);
    }
    if (applicability == null) {
      throw property.violated(e, "applicability returned null for item " + item.id());
    }
    if (!applicability.applies()) {
      return new Verdict(applicability, Optional.empty(), Optional.empty());
    }
    Optional<GuidelineEdition> edition = editionInForce(property, e, c);
    if (edition.isEmpty()) {
      return new Verdict(applicability, edition, Optional.empty());
    }
    @Nullable Decision decision;
    try {
      decision = e.evaluate(c, item, edition.get());
    } catch (DecisionInvariantException ex) {
      throw property.violated(
          e,
          "evaluate built a decision for item "
              + item.id()
              + " that breaks an invariant: "
              + ex.invariant(),
          ex);
    } catch (RuntimeException ex) {
      throw property.violated(e, threw(ex, "evaluate", item), ex);
    }
    if (decision == null) {
      throw property.violated(e, "evaluate returned null for item " + item.id());
    }
    return new Verdict(applicability, edition, Optional.of(decision));
  }

  static void deterministic(EvaluatorContract.Spec spec, Case c) {
    GuidelineEvaluator e = evaluator(spec, c);
    if (!Objects.equals(editions(DETERMINISTIC, e), editions(DETERMINISTIC, e))) {
      throw DETERMINISTIC.violated(e, "editions() returned different editions on two calls");
    }
    List<Verdict> first = askAll(DETERMINISTIC, e, c);
    Case copy = CaseEdits.copyOf(c);
    List<Verdict> reversed = new ArrayList<>();
    for (int i = c.disputedItems().size() - 1; i >= 0; i--) {
      reversed.add(0, ask(DETERMINISTIC, e, copy, copy.disputedItems().get(i)));
    }
    List<Verdict> again = askAll(DETERMINISTIC, e, c);
    for (int i = 0; i < first.size(); i++) {
      String id = c.disputedItems().get(i).id();
      String changed = differences(first.get(i), reversed.get(i));
      if (!changed.isEmpty()) {
        throw DETERMINISTIC.violated(
            e, "item " + id + " got a different answer for an equal copy of the case: " + changed);
      }
      changed = differences(first.get(i), again.get(i));
      if (!changed.isEmpty()) {
        throw DETERMINISTIC.violated(
            e, "item " + id + " got a different answer when asked again: " + changed);
      }
    }
  }

  static void neverThrows(EvaluatorContract.Spec spec, Case c) {
    GuidelineEvaluator e = evaluator(spec, c);
    requireText(e, "id()", () -> e.id());
    requireText(e, "version()", () -> e.version());
    if (editions(NEVER_THROWS, e).isEmpty()) {
      throw NEVER_THROWS.violated(e, "editions() is empty: the reviewer can never ask it");
    }
    boolean decided = false;
    for (DisputedItem item : c.disputedItems()) {
      Verdict v = ask(NEVER_THROWS, e, c, item);
      if (v.applicability().reason().isBlank()) {
        throw NEVER_THROWS.violated(e, "applicability for item " + item.id() + " gives no reason");
      }
      decided |= v.decision().isPresent();
    }
    requireExercised(
        NEVER_THROWS,
        e,
        decided,
        "no generated case had an item the evaluator decided; give EvaluatorContract.of(...).on(...)"
            + " cases it applies to, with request dates within its editions");
  }

  static void threadSafe(EvaluatorContract.Spec spec, Case c) {
    GuidelineEvaluator e = evaluator(spec, c);
    List<DisputedItem> items = c.disputedItems();
    List<Verdict> expected = askAll(THREAD_SAFE, e, c);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Optional<String>>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int round = 0; round < ROUNDS; round++) {
                    for (int k = 0; k < items.size(); k++) {
                      int i = (k + offset + round) % items.size();
                      Verdict v;
                      try {
                        v = ask(THREAD_SAFE, e, c, items.get(i));
                      } catch (ContractViolation violation) {
                        return Optional.of(violation.detail());
                      }
                      String changed = differences(expected.get(i), v);
                      if (!changed.isEmpty()) {
                        return Optional.of(
                            "item "
                                + items.get(i).id()
                                + " got another answer than a single caller gets: "
                                + changed);
                      }
                    }
                  }
                  return Optional.<String>empty();
                }));
      }
      start.countDown();
      for (Future<Optional<String>> worker : workers) {
        Optional<String> mismatch = worker.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (mismatch.isPresent()) {
          throw THREAD_SAFE.violated(
              e, "under " + THREADS + " concurrent callers, " + mismatch.get());
        }
      }
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause() == null ? ex : ex.getCause();
      throw THREAD_SAFE.violated(
          e, "under concurrent callers it threw " + cause.getClass().getName(), cause);
    } catch (TimeoutException ex) {
      throw THREAD_SAFE.violated(
          e, "concurrent callers did not finish within " + TIMEOUT_SECONDS + " seconds", ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw THREAD_SAFE.violated(e, "interrupted while waiting for concurrent callers", ex);
    } finally {
      pool.shutdownNow();
    }
  }

  static void applicabilityAgrees(EvaluatorContract.Spec spec, Case c) {
    GuidelineEvaluator e = evaluator(spec, c);
    Optional<LocalDate> date = c.effectiveRequestDate();
    if (date.isPresent()) {
      List<String> inForce =
          editions(APPLICABILITY_AGREES, e).stream()
              .filter(ed -> ed.inForceOn(date.get()))
              .map(ed -> ed.title() + " " + ed.label())
              .toList();
      if (inForce.size() > 1) {
        throw APPLICABILITY_AGREES.violated(
            e, "editions " + inForce + " are all in force on the case's request date");
      }
    }
    ImrReviewer reviewer = ImrReviewer.builder().register(e).build();
    for (DisputedItem item : c.disputedItems()) {
      Verdict v = ask(APPLICABILITY_AGREES, e, c, item);
      Decision viaReviewer = reviewer.decide(c, item);
      if (v.decision().isEmpty()) {
        if (!viaReviewer.evaluatorId().equals(ImrReviewer.REVIEWER_ID)) {
          throw APPLICABILITY_AGREES.violated(
              e,
              "item "
                  + item.id()
                  + " was not for the evaluator to decide, yet the reviewer took a decision from it");
        }
        continue;
      }
      Decision d = v.decision().get();
      if (!d.itemId().equals(item.id())) {
        throw APPLICABILITY_AGREES.violated(
            e, "evaluate was asked about item " + item.id() + " and decided another item");
      }
      if (!d.evaluatorId().equals(e.id()) || !d.evaluatorVersion().equals(e.version())) {
        throw APPLICABILITY_AGREES.violated(
            e,
            "the decision on item "
                + item.id()
                + " names evaluator "
                + d.evaluatorId()
                + " "
                + d.evaluatorVersion()
                + ", not its id() and version()");
      }
      String changed = differences(v, verdictOf(v, viaReviewer));
      if (!changed.isEmpty()) {
        throw APPLICABILITY_AGREES.violated(
            e,
            "the reviewer decided item "
                + item.id()
                + " otherwise than applicability and evaluate did: "
                + changed);
      }
    }
  }

  static void decisionsCite(EvaluatorContract.Spec spec, Case c) {
    GuidelineEvaluator e = evaluator(spec, c);
    for (DisputedItem item : c.disputedItems()) {
      Verdict v = ask(DECISIONS_CITE, e, c, item);
      if (v.decision().isEmpty() || v.is(MedicalNecessity.NOT_EVALUABLE)) {
        continue;
      }
      Decision d = v.decision().get();
      String where = "the " + d.necessity() + " decision on item " + item.id();
      if (d.criteria().isEmpty()) {
        throw DECISIONS_CITE.violated(e, where + " lists no criteria");
      }
      if (d.citations().isEmpty()) {
        throw DECISIONS_CITE.violated(e, where + " cites no guideline section");
      }
      for (GuidelineCitation citation : d.citations()) {
        if (citation.section().isBlank() || citation.title().isBlank()) {
          throw DECISIONS_CITE.violated(e, where + " has a citation without section or title");
        }
      }
      GuidelineEdition edition = v.edition().orElseThrow();
      Set<GuidelineCitation> deciding =
          d.adverseCriteria().map(CriterionResult::citation).collect(Collectors.toSet());
      if (d.citations().stream()
          .noneMatch(ci -> ci.edition().equals(edition) || deciding.contains(ci))) {
        throw DECISIONS_CITE.violated(
            e,
            where
                + " cites neither a section of the edition it was asked to apply ("
                + edition.title()
                + " "
                + edition.label()
                + ") nor the source of a criterion that decided it");
      }
    }
  }

  static void nonMetCriteriaCite(EvaluatorContract.Spec spec, Case c) {
    GuidelineEvaluator e = evaluator(spec, c);
    for (DisputedItem item : c.disputedItems()) {
      Verdict v = ask(NON_MET_CRITERIA_CITE, e, c, item);
      if (v.decision().isEmpty()) {
        continue;
      }
      Decision d = v.decision().get();
      for (CriterionResult criterion : d.criteria()) {
        String where = "criterion " + criterion.id() + " (" + criterion.status() + ")";
        if (criterion.status() == CriterionStatus.MET) {
          continue;
        }
        if (criterion.citation().section().isBlank() || criterion.citation().title().isBlank()) {
          throw NON_MET_CRITERIA_CITE.violated(
              e, where + " on item " + item.id() + " cites no section");
        }
        if (criterion.status().isAdverse() && !namedIn(d.rationale(), criterion)) {
          throw NON_MET_CRITERIA_CITE.violated(
              e,
              where
                  + " on item "
                  + item.id()
                  + " is not named in the rationale by its id, description or section");
        }
      }
      if (v.is(MedicalNecessity.NOT_NECESSARY) && d.adverseCriteria().findAny().isEmpty()) {
        throw NON_MET_CRITERIA_CITE.violated(
            e,
            "the NOT_NECESSARY decision on item "
                + item.id()
                + " has no NOT_MET or NOT_DOCUMENTED criterion to say why");
      }
    }
  }

  static void stableCriterionIds(EvaluatorContract.Spec spec, Case c) {
    GuidelineEvaluator e = evaluator(spec, c);
    Case renumbered = CaseEdits.renumbered(c);
    for (int i = 0; i < c.disputedItems().size(); i++) {
      DisputedItem item = c.disputedItems().get(i);
      Verdict v = ask(STABLE_CRITERION_IDS, e, c, item);
      if (v.decision().isEmpty()) {
        continue;
      }
      List<String> ids = criterionIds(v);
      Set<String> seen = new HashSet<>();
      for (String id : ids) {
        if (!GuidelineEvaluator.isNamespacedId(id)) {
          throw STABLE_CRITERION_IDS.violated(
              e,
              "criterion id "
                  + id
                  + " is not namespaced: two or more dot-separated segments of lower-case letters,"
                  + " digits and inner hyphens, e.g. mtus.acupuncture.extension");
        }
        if (!seen.add(id)) {
          throw STABLE_CRITERION_IDS.violated(
              e, "criterion id " + id + " appears twice in the decision on item " + item.id());
        }
      }
      List<String> again =
          criterionIds(ask(STABLE_CRITERION_IDS, e, renumbered, renumbered.disputedItems().get(i)));
      if (!again.equals(ids)) {
        throw STABLE_CRITERION_IDS.violated(
            e,
            "the criterion ids for item "
                + item.id()
                + " changed when only the case number and item ids changed: "
                + ids
                + " vs "
                + again);
      }
    }
  }

  static void identifiersUnused(EvaluatorContract.Spec spec, Case c) {
    GuidelineEvaluator e = evaluator(spec, c);
    Case marked = CaseEdits.withIdentifiers(c, true);
    Case bare = CaseEdits.withIdentifiers(c, false);
    for (int i = 0; i < c.disputedItems().size(); i++) {
      DisputedItem item = c.disputedItems().get(i);
      Verdict withMarkers = ask(IDENTIFIERS_UNUSED, e, marked, item);
      Verdict without = ask(IDENTIFIERS_UNUSED, e, bare, item);
      String changed = differences(without, withMarkers);
      if (!changed.isEmpty()) {
        throw IDENTIFIERS_UNUSED.violated(
            e,
            "item "
                + item.id()
                + " got another answer when only the patient's name, date of birth and claim"
                + " number changed: "
                + changed);
      }
      texts(withMarkers)
          .forEach(
              text -> {
                if (text.contains(CaseEdits.MARKED_NAME)
                    || text.contains(CaseEdits.MARKED_CLAIM_NUMBER)
                    || text.contains(CaseEdits.MARKED_YEAR_OF_BIRTH)) {
                  throw IDENTIFIERS_UNUSED.violated(
                      e,
                      "the answer on item "
                          + item.id()
                          + " repeats the patient's name, date of birth or claim number");
                }
              });
    }
  }

  static void monotoneInRequestedSessions(EvaluatorContract.Spec spec, Case c, int more) {
    GuidelineEvaluator e = evaluator(spec, c);
    boolean exercised = false;
    for (int i = 0; i < c.disputedItems().size(); i++) {
      DisputedItem item = c.disputedItems().get(i);
      Verdict fewer = ask(MONOTONE_IN_REQUESTED_SESSIONS, e, c, item);
      int sessions = item.request().totalSessions();
      Optional<CaseEdits.Variant> larger = CaseEdits.withTotalSessions(c, i, sessions + more);
      if (fewer.decision().isEmpty() || larger.isEmpty()) {
        continue;
      }
      Verdict most =
          ask(MONOTONE_IN_REQUESTED_SESSIONS, e, larger.get().aCase(), larger.get().item());
      exercised |= most.is(MedicalNecessity.NECESSARY);
      if (most.is(MedicalNecessity.NECESSARY) && fewer.is(MedicalNecessity.NOT_NECESSARY)) {
        throw MONOTONE_IN_REQUESTED_SESSIONS.violated(
            e,
            "item "
                + item.id()
                + " is NOT_NECESSARY for "
                + sessions(sessions)
                + " but NECESSARY for "
                + sessions(sessions + more));
      }
    }
    requireExercised(
        MONOTONE_IN_REQUESTED_SESSIONS,
        e,
        exercised,
        "no larger request was ever decided NECESSARY; give on(...) cases whose requests the"
            + " guideline can approve");
  }

  static void monotoneInDocumentedImprovement(
      EvaluatorContract.Spec spec, Case c, List<FunctionalImprovementEvidence> added) {
    GuidelineEvaluator e = evaluator(spec, c);
    boolean exercised = false;
    for (int i = 0; i < c.disputedItems().size(); i++) {
      DisputedItem item = c.disputedItems().get(i);
      Verdict before = ask(MONOTONE_IN_DOCUMENTED_IMPROVEMENT, e, c, item);
      if (before.decision().isEmpty()) {
        continue;
      }
      CaseEdits.Variant more = CaseEdits.withEvidence(c, i, added);
      Verdict after = ask(MONOTONE_IN_DOCUMENTED_IMPROVEMENT, e, more.aCase(), more.item());
      exercised |= before.is(MedicalNecessity.NECESSARY);
      if (before.is(MedicalNecessity.NECESSARY) && after.is(MedicalNecessity.NOT_NECESSARY)) {
        throw MONOTONE_IN_DOCUMENTED_IMPROVEMENT.violated(
            e,
            "item "
                + item.id()
                + " is NECESSARY but becomes NOT_NECESSARY once "
                + added.size()
                + " more statement(s) of functional improvement are documented ("
                + added.stream()
                    .map(a -> (a.objective() ? "objective " : "subjective ") + a.element())
                    .collect(Collectors.joining(", "))
                + ")");
      }
    }
    requireExercised(
        MONOTONE_IN_DOCUMENTED_IMPROVEMENT,
        e,
        exercised,
        "no case was ever decided NECESSARY before evidence was added; give on(...) cases whose"
            + " requests the guideline can approve");
  }

  static void upperBound(EvaluatorContract.Spec spec, Case c, int over) {
    GuidelineEvaluator e = evaluator(spec, c);
    int max = spec.maxSessions();
    boolean exercised = false;
    for (int i = 0; i < c.disputedItems().size(); i++) {
      DisputedItem item = c.disputedItems().get(i);
      List<CaseEdits.Variant> variants = new ArrayList<>();
      variants.add(new CaseEdits.Variant(c, item));
      CaseEdits.withTotalSessions(c, i, max + over).ifPresent(variants::add);
      for (CaseEdits.Variant variant : variants) {
        int sessions = variant.item().request().totalSessions();
        if (sessions <= max) {
          continue;
        }
        Verdict v = ask(UPPER_BOUND_ON_SESSIONS, e, variant.aCase(), variant.item());
        exercised |= v.decision().isPresent();
        if (v.is(MedicalNecessity.NECESSARY)) {
          throw UPPER_BOUND_ON_SESSIONS.violated(
              e,
              "item "
                  + item.id()
                  + " is NECESSARY for "
                  + sessions(sessions)
                  + ", above the declared bound of "
                  + max);
        }
      }
    }
    requireExercised(
        UPPER_BOUND_ON_SESSIONS,
        e,
        exercised,
        "no request above the bound was ever decided; give on(...) cases the evaluator applies to");
  }

  private static GuidelineEvaluator evaluator(EvaluatorContract.Spec spec, Case c) {
    if (!c.violations().isEmpty()) {
      throw new AssertionError(
          "EvaluatorContract: the cases given to on(...) include an invalid case: "
              + c.violations());
    }
    return spec.evaluator();
  }

  private static List<Verdict> askAll(ContractProperty property, GuidelineEvaluator e, Case c) {
    List<Verdict> verdicts = new ArrayList<>();
    for (DisputedItem item : c.disputedItems()) {
      verdicts.add(ask(property, e, c, item));
    }
    return verdicts;
  }

  private static Optional<GuidelineEdition> editionInForce(
      ContractProperty property, GuidelineEvaluator e, Case c) {
    Optional<LocalDate> date = c.effectiveRequestDate();
    if (date.isEmpty()) {
      return Optional.empty();
    }
    return editions(property, e).stream().filter(ed -> ed.inForceOn(date.get())).findFirst();
  }

  private static List<GuidelineEdition> editions(ContractProperty property, GuidelineEvaluator e) {
    @Nullable List<GuidelineEdition> editions;
    try {
      editions = e.editions();
    } catch (RuntimeException ex) {
      throw property.violated(e, "editions() threw " + ex.getClass().getName(), ex);
    }
    if (editions == null) {
      throw property.violated(e, "editions() returned null");
    }
    return editions;
  }

  private static void requireText(
      GuidelineEvaluator e, String method, Supplier<@Nullable String> call) {
    @Nullable String text;
    try {
      text = call.get();
    } catch (RuntimeException ex) {
      throw NEVER_THROWS.violated(e, method + " threw " + ex.getClass().getName(), ex);
    }
    if (text == null || text.isBlank()) {
      throw NEVER_THROWS.violated(e, method + " is null or blank");
    }
  }

  /** Fails the property after all tries if {@code exercised} was never true. */
  private static void requireExercised(
      ContractProperty property, GuidelineEvaluator e, boolean exercised, String advice) {
    String label = "exercised: " + property.label();
    Statistics.label(label).collect(exercised);
    Statistics.label(label)
        .coverage(
            coverage ->
                coverage
                    .check(true)
                    .count(
                        (Consumer<Integer>)
                            count -> {
                              if (count == 0) {
                                throw property.violated(e, "never exercised: " + advice);
                              }
                            }));
  }

  private static String sessions(int count) {
    return count + (count == 1 ? " session" : " sessions");
  }

  private static String threw(RuntimeException ex, String method, DisputedItem item) {
    return method + " threw " + ex.getClass().getName() + " for item " + item.id();
  }

  /** A verdict with the reviewer's decision in place of the evaluator's. */
  private static Verdict verdictOf(Verdict v, Decision decision) {
    return new Verdict(v.applicability(), v.edition(), Optional.of(decision));
  }

  private static List<String> criterionIds(Verdict v) {
    return v.decision().stream()
        .flatMap(d -> d.criteria().stream())
        .map(CriterionResult::id)
        .toList();
  }

  private static boolean namedIn(String rationale, CriterionResult criterion) {
    return rationale.contains(criterion.id())
        || rationale.contains(criterion.description())
        || rationale.contains(criterion.citation().section());
  }

  /** Every text an answer carries: reasons, rationale, criterion descriptions and evidence. */
  private static Stream<String> texts(Verdict v) {
    Stream<String> reason = Stream.of(v.applicability().reason());
    Stream<String> decision =
        v.decision().stream()
            .flatMap(
                d ->
                    Stream.of(
                            Stream.of(d.rationale()),
                            d.notEvaluableReason().stream(),
                            d.criteria().stream()
                                .flatMap(
                                    cr ->
                                        Stream.concat(
                                            Stream.of(cr.description()), cr.evidence().stream())))
                        .flatMap(s -> s));
    return Stream.concat(reason, decision);
  }

  /**
   * Where two verdicts differ, naming fields and printing only statuses, ids and citations: never
   * free text, which may carry patient data. Empty when they are equal.
   */
  static String differences(Verdict a, Verdict b) {
    List<String> changed = new ArrayList<>();
    if (a.applicability().applies() != b.applicability().applies()) {
      changed.add(
          "applies (" + a.applicability().applies() + " vs " + b.applicability().applies() + ")");
    } else if (!a.applicability().equals(b.applicability())) {
      changed.add("applicability reason");
    }
    if (!a.edition().equals(b.edition())) {
      changed.add("edition");
    }
    if (a.decision().isPresent() != b.decision().isPresent()) {
      changed.add(
          "decision ("
              + (a.decision().isPresent() ? "present" : "absent")
              + " vs "
              + (b.decision().isPresent() ? "present" : "absent")
              + ")");
    } else if (a.decision().isPresent() && b.decision().isPresent()) {
      changed.addAll(differences(a.decision().get(), b.decision().get()));
    }
    return String.join(", ", changed);
  }

  private static List<String> differences(Decision a, Decision b) {
    List<String> changed = new ArrayList<>();
    if (!a.itemId().equals(b.itemId())) {
      changed.add("itemId");
    }
    if (a.necessity() != b.necessity()) {
      changed.add("necessity (" + a.necessity() + " vs " + b.necessity() + ")");
    }
    if (!a.notEvaluableReason().equals(b.notEvaluableReason())) {
      changed.add("notEvaluableReason");
    }
    if (!a.evaluatorId().equals(b.evaluatorId())
        || !a.evaluatorVersion().equals(b.evaluatorVersion())) {
      changed.add("evaluator id or version");
    }
    if (!a.criteria().equals(b.criteria())) {
      List<String> before = statuses(a);
      List<String> after = statuses(b);
      changed.add(
          before.equals(after)
              ? "criteria (descriptions, evidence or citations)"
              : "criteria (" + before + " vs " + after + ")");
    }
    if (!a.rationale().equals(b.rationale())) {
      changed.add("rationale");
    }
    if (!a.citations().equals(b.citations())) {
      changed.add("citations (" + a.citations() + " vs " + b.citations() + ")");
    }
    return changed;
  }

  private static List<String> statuses(Decision d) {
    return d.criteria().stream().map(c -> c.id() + "=" + c.status()).toList();
  }
}
