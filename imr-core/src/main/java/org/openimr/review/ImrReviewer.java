package org.openimr.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.RandomAccess;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.DecisionInvariantException;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.EvidenceTier;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.PassedOver;
import org.openimr.model.ReviewerQualifications;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * Decides every disputed item of a case. The one entry point of the library.
 *
 * <p>For each item the reviewer asks its evaluators in the order of the medical evidence search
 * sequence (8 CCR § 9792.21.1: MTUS first, then ACOEM and ODG, then other guidelines and studies;
 * registration order within a tier). The first evaluator whose guideline addresses the item and has
 * an edition in force on the request date decides it. An item no evaluator covers gets an explicit
 * NOT_EVALUABLE decision that lists why each evaluator passed; nothing is approved or denied by
 * default. When a guideline that addresses the item has no edition in force on its date, the reason
 * is its own sentence ({@link GuidelineEvaluator#noEditionInForce}); when a lower-tier guideline
 * decides instead, the decision records the higher-tier one as {@linkplain Decision#passedOver()
 * passed over} and says so in its rationale. An evaluator that throws yields a NOT_EVALUABLE
 * decision naming it and the exception type, one that builds a decision breaking a {@linkplain
 * DecisionInvariantException decision invariant} a NOT_EVALUABLE decision naming it and the
 * invariant; the review goes on.
 *
 * <p>Advisory evaluators ({@link Builder#advisory}), such as a payer's policy beside MTUS, are
 * asked about every item as well, in registration order, once the deciding evaluator has decided.
 * Their decisions are reported on the deciding decision's {@link Decision#advisoryDecisions()},
 * each marked {@linkplain Decision#advisory() advisory}, and never change its necessity, outcome,
 * criteria, rationale or citations. One that does not apply to the item, or has no edition in force
 * on the request date, is left out; one that throws or breaks an invariant is reported as a
 * NOT_EVALUABLE advisory decision naming it.
 *
 * <p>Instances are immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
 * Determination determination = reviewer.review(aCase);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class ImrReviewer {
  /** The evaluator id on decisions the reviewer makes itself, when no evaluator could decide. */
  public static final String REVIEWER_ID = "openimr.reviewer";

  private static final String VERSION = readVersion();

  /** The class of decisions built by {@link Decision#builder()}, whose invariants are checked. */
  private static final Class<? extends Decision> BUILT_DECISION =
      Decision.notEvaluable("1", REVIEWER_ID, "1", "a decision").getClass();

  private final ImmutableList<GuidelineEvaluator> evaluators;
  private final ImmutableList<GuidelineEvaluator> advisors;
  private final Optional<ReviewerQualifications> qualifications;
  private final Optional<Clock> clock;

  private ImrReviewer(Builder builder) {
    this.evaluators =
        builder.resolved(builder.evaluators).stream()
            .sorted(Comparator.comparing(GuidelineEvaluator::evidenceTier))
            .collect(ImmutableList.toImmutableList());
    this.advisors = builder.resolved(builder.advisors);
    this.qualifications = Optional.ofNullable(builder.qualifications);
    this.clock = Optional.ofNullable(builder.clock);
  }

  /** A reviewer with every evaluator {@link ServiceLoader} finds on the class path. */
  public static ImrReviewer withDiscoveredEvaluators() {
    return builder().discover().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The library version, e.g. {@code "0.1.0"}. */
  public static String version() {
    return VERSION;
  }

  /**
   * The evaluators in the order they are asked. Experimental while the evaluator SPI is: a STABLE
   * entry point exposes the SPI only through experimental members.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public List<GuidelineEvaluator> evaluators() {
    return evaluators;
  }

  /** The advisory evaluators, in registration order; see {@link Builder#advisory}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public List<GuidelineEvaluator> advisoryEvaluators() {
    return advisors;
  }

  /**
   * Decides every disputed item of the case, in item order.
   *
   * @throws InvalidCaseException if the case has {@linkplain Case#violations() violations}
   */
  public Determination review(Case c) {
    Objects.requireNonNull(c, "case");
    c.requireValid();
    Determination.Builder determination = Determination.builder().caseNumber(c.caseNumber());
    for (DisputedItem item : c.disputedItems()) {
      determination.addDecisions(decideValid(c, item));
    }
    qualifications.ifPresent(determination::reviewer);
    clock.ifPresent(cl -> determination.decidedOn(LocalDate.now(cl)));
    return determination.build();
  }

  /**
   * Decides one disputed item of the case.
   *
   * @throws InvalidCaseException if the case has violations
   * @throws IllegalArgumentException if the item is not one of the case's disputed items
   */
  public Decision decide(Case c, DisputedItem item) {
    Objects.requireNonNull(c, "case");
    Objects.requireNonNull(item, "item");
    c.requireValid();
    if (!isItemOf(c, item)) {
      throw new IllegalArgumentException("item is not one of the case's disputedItems");
    }
    return decideValid(c, item);
  }

  /** Whether the item is one of the case's: the same instance, as callers mostly pass, or equal. */
  private static boolean isItemOf(Case c, DisputedItem item) {
    List<DisputedItem> items = c.disputedItems(); // an immutable, random-access list
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == item) {
        return true;
      }
    }
    return items.contains(item);
  }

  private Decision decideValid(Case c, DisputedItem item) {
    Optional<LocalDate> date = c.effectiveRequestDate();
    if (date.isEmpty()) {
      return reviewerDecision(
          item,
          "No guideline edition can be chosen: the case has no request date, UR decision date"
              + " or IMR application date.");
    }
    Decision deciding = decideDated(c, item, date.get());
    if (advisors.isEmpty()) {
      return deciding;
    }
    List<Decision> advice = new ArrayList<>(advisors.size());
    for (GuidelineEvaluator advisor : advisors) {
      advise(advisor, c, item, date.get()).ifPresent(advice::add);
    }
    return advice.isEmpty()
        ? deciding
        : Decision.builder().from(deciding).advisoryDecisions(advice).build();
  }

  /**
   * The advisory decision of one advisory evaluator, guarded as a deciding one is; empty when it
   * does not apply or has no edition in force.
   */
  private static Optional<Decision> advise(
      GuidelineEvaluator advisor, Case c, DisputedItem item, LocalDate date) {
    try {
      if (!advisor.applicability(c, item).applies()) {
        return Optional.empty();
      }
    } catch (RuntimeException e) {
      return Optional.of(asAdvisory(failed(advisor, item, "checking applicability", e)));
    }
    GuidelineEdition edition = editionInForce(advisor, date);
    if (edition == null) {
      return Optional.empty();
    }
    return Optional.of(asAdvisory(evaluateGuarded(advisor, c, item, edition)));
  }

  private static Decision asAdvisory(Decision d) {
    return Decision.builder().from(d).advisory(true).build();
  }

  /** An evaluator that addresses the item but has no edition in force on its date. */
  private record Unserved(GuidelineEvaluator evaluator, Optional<String> sentence) {
    /** Why it was passed over, as a sentence. */
    String reason(LocalDate date) {
      return sentence.orElseGet(
          () ->
              "No edition that "
                  + safeId(evaluator)
                  + " encodes is in force on the request date "
                  + date
                  + ".");
    }
  }

  private Decision decideDated(Case c, DisputedItem item, LocalDate date) {
    // The reasons evaluators were passed over are only written out when none applies; the common
    // case (an evaluator applies) builds no text for the others.
    @Nullable Applicability @Nullable [] passedOver = null; // made when an evaluator does not apply
    List<Unserved> unserved = List.of();
    for (int i = 0; i < evaluators.size(); i++) {
      GuidelineEvaluator evaluator = evaluators.get(i);
      Applicability applicability;
      boolean applies;
      try {
        applicability = evaluator.applicability(c, item);
        applies = applicability.applies();
      } catch (RuntimeException e) {
        return failed(evaluator, item, "checking applicability", e);
      }
      if (!applies) {
        if (passedOver == null) {
          passedOver = new @Nullable Applicability[evaluators.size()];
        }
        passedOver[i] = applicability;
        continue;
      }
      GuidelineEdition edition = editionInForce(evaluator, date);
      if (edition == null) {
        if (unserved.isEmpty()) {
          unserved = new ArrayList<>(2);
        }
        unserved.add(new Unserved(evaluator, noEditionSentence(evaluator, date)));
        continue;
      }
      return withPassedOver(
          evaluateGuarded(evaluator, c, item, edition), evaluator, unserved, date);
    }
    return reviewerDecision(item, noApplicableGuideline(passedOver, unserved, date));
  }

  /**
   * The decision with the higher-tier guidelines that address the item but have no edition in force
   * recorded on it, and named in its rationale.
   */
  private static Decision withPassedOver(
      Decision decision, GuidelineEvaluator decider, List<Unserved> unserved, LocalDate date) {
    if (unserved.isEmpty()) {
      return decision;
    }
    EvidenceTier tier = tier(decider);
    List<PassedOver> higher = new ArrayList<>(unserved.size());
    for (Unserved u : unserved) {
      EvidenceTier theirs = tier(u.evaluator());
      if (theirs.compareTo(tier) < 0) {
        String reason = u.reason(date);
        higher.add(PassedOver.of(safeId(u.evaluator()), theirs, reason));
      }
    }
    if (higher.isEmpty()) {
      return decision;
    }
    return Decision.builder()
        .from(decision)
        .passedOver(higher)
        // Rendered with the rest of the rationale: a sentence per guideline passed over.
        .rationaleSource(decision.rationaleSource().namingPassedOver(true))
        .build();
  }

  private static EvidenceTier tier(GuidelineEvaluator evaluator) {
    try {
      return evaluator.evidenceTier();
    } catch (RuntimeException e) {
      return EvidenceTier.OTHER;
    }
  }

  private static Optional<String> noEditionSentence(GuidelineEvaluator evaluator, LocalDate date) {
    try {
      Optional<String> sentence = evaluator.noEditionInForce(date);
      return sentence == null ? Optional.empty() : sentence.filter(s -> !s.isBlank());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private String noApplicableGuideline(
      @Nullable Applicability @Nullable [] passedOver, List<Unserved> unserved, LocalDate date) {
    if (evaluators.isEmpty()) {
      return "No applicable guideline: no guideline evaluators are registered.";
    }
    if (unserved.stream().anyMatch(u -> u.sentence().isPresent())) {
      // A guideline addresses the item: what it lacks is the reason, not the guidelines that do
      // not address the item at all.
      List<String> sentences = new ArrayList<>(unserved.size());
      for (Unserved u : unserved) {
        sentences.add(u.reason(date));
      }
      return String.join(" ", sentences);
    }
    List<String> reasons = new ArrayList<>(evaluators.size());
    for (int i = 0; i < evaluators.size(); i++) {
      Applicability applicability = passedOver == null ? null : passedOver[i];
      reasons.add(
          evaluators.get(i).id()
              + ": "
              + (applicability != null
                  ? applicability.reason()
                  : "no edition it encodes is in force on the request date " + date));
    }
    return "No applicable guideline: " + String.join("; ", reasons) + ".";
  }

  private static @Nullable GuidelineEdition editionInForce(GuidelineEvaluator e, LocalDate date) {
    try {
      List<GuidelineEdition> editions = e.editions();
      if (editions instanceof RandomAccess) {
        // Indexed: the iterator of a for-each is an allocation on every decision.
        for (int i = 0; i < editions.size(); i++) {
          if (editions.get(i).inForceOn(date)) {
            return editions.get(i);
          }
        }
        return null;
      }
      for (GuidelineEdition edition : editions) {
        if (edition.inForceOn(date)) {
          return edition;
        }
      }
      return null;
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private static Decision evaluateGuarded(
      GuidelineEvaluator evaluator, Case c, DisputedItem item, GuidelineEdition edition) {
    @Nullable Decision decision;
    try {
      decision = evaluator.evaluate(c, item, edition);
    } catch (RuntimeException e) {
      return failed(evaluator, item, "evaluating", e);
    }
    if (decision == null) {
      return notEvaluable(
          evaluator, item, "Evaluator " + evaluator.id() + " returned no decision.");
    }
    try {
      if (!decision.itemId().equals(item.id())) {
        return notEvaluable(
            evaluator,
            item,
            "Evaluator " + evaluator.id() + " returned a decision for another item.");
      }
      if (decision.advisory() || !decision.advisoryDecisions().isEmpty()) {
        return notEvaluable(
            evaluator,
            item,
            "Evaluator "
                + evaluator.id()
                + " returned a decision marked advisory or carrying advisory decisions;"
                + " only the reviewer adds those.");
      }
      // A decision made otherwise than by the builder (a mock, a byte-code-generated subclass)
      // never had its invariants checked: rebuilding it checks them.
      return decision.getClass() == BUILT_DECISION
          ? decision
          : Decision.builder().from(decision).build();
    } catch (RuntimeException e) {
      return failed(evaluator, item, "evaluating", e);
    }
  }

  private static Decision failed(
      GuidelineEvaluator evaluator, DisputedItem item, String stage, RuntimeException e) {
    if (e instanceof DecisionInvariantException broken) {
      // The invariant is the library's own sentence, never input text.
      return notEvaluable(
          evaluator,
          item,
          "Evaluator "
              + safeId(evaluator)
              + " built a decision that breaks an invariant while "
              + stage
              + ": "
              + broken.invariant()
              + ".");
    }
    // The exception's message is not used: a plug-in's message may carry patient data.
    return notEvaluable(
        evaluator,
        item,
        "Evaluator "
            + safeId(evaluator)
            + " failed while "
            + stage
            + ": "
            + e.getClass().getName()
            + ".");
  }

  private static Decision notEvaluable(
      GuidelineEvaluator evaluator, DisputedItem item, String reason) {
    String version;
    try {
      version = evaluator.version();
    } catch (RuntimeException e) {
      version = "unknown";
    }
    return Decision.notEvaluable(item.id(), safeId(evaluator), version, reason);
  }

  private static String safeId(GuidelineEvaluator evaluator) {
    try {
      return evaluator.id();
    } catch (RuntimeException e) {
      return evaluator.getClass().getName();
    }
  }

  private static Decision reviewerDecision(DisputedItem item, String reason) {
    return Decision.notEvaluable(item.id(), REVIEWER_ID, VERSION, reason);
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = ImrReviewer.class.getResourceAsStream("openimr.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  /** Configures an {@link ImrReviewer}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final List<GuidelineEvaluator> evaluators = new ArrayList<>();
    private final List<GuidelineEvaluator> advisors = new ArrayList<>();
    private final Map<String, GuidelineEvaluator> replacements = new LinkedHashMap<>();
    private final Set<String> excluded = new LinkedHashSet<>();
    private @Nullable ReviewerQualifications qualifications;
    private @Nullable Clock clock;

    private Builder() {}

    /** Adds the evaluators {@link ServiceLoader} finds with this library's class loader. */
    public Builder discover() {
      return discover(ImrReviewer.class.getClassLoader());
    }

    /** Adds the evaluators {@link ServiceLoader} finds with the given class loader. */
    public Builder discover(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      ServiceLoader.load(GuidelineEvaluator.class, loader).forEach(this::register);
      return this;
    }

    /**
     * Adds evaluators, asked after those of a higher evidence tier and after those registered
     * before them in the same tier. An evaluator whose id is already registered, as deciding or as
     * advisory, is refused. Experimental while the evaluator SPI is.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder register(GuidelineEvaluator... added) {
      add(evaluators, added);
      return this;
    }

    /**
     * Adds advisory evaluators: asked about every item in addition to the one that decides it, in
     * registration order, their decisions reported on {@link Decision#advisoryDecisions()} and
     * never changing the IMR outcome. For a payer's policy to be reported beside MTUS, e.g. {@code
     * ImrReviewer.builder().discover().advisory(payerRule).build()}. An evaluator whose id is
     * already registered, as deciding or as advisory, is refused.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder advisory(GuidelineEvaluator... added) {
      add(advisors, added);
      return this;
    }

    private void add(List<GuidelineEvaluator> to, GuidelineEvaluator[] added) {
      Objects.requireNonNull(added, "evaluators");
      for (GuidelineEvaluator evaluator : added) {
        Objects.requireNonNull(evaluator, "evaluator");
        String id = evaluator.id();
        if (Stream.concat(evaluators.stream(), advisors.stream())
            .anyMatch(e -> e.id().equals(id))) {
          throw new IllegalArgumentException(
              "an evaluator with id "
                  + id
                  + " is already registered; replace(...) puts another in its place");
        }
        to.add(evaluator);
      }
    }

    /**
     * Puts each evaluator in the place of the registered one (deciding or advisory) with the same
     * id: to decide with the built-in evaluators built from other content, e.g. {@code
     * ImrReviewer.builder().discover().replace(MtusEvaluators.withContent(myPack))}. Applied when
     * the reviewer is built, so it may come before or after {@link #discover()}; {@link #build()}
     * fails if no evaluator with that id was registered by then.
     *
     * @throws IllegalArgumentException if an id is already replaced or excluded
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder replace(GuidelineEvaluator... replacements) {
      Objects.requireNonNull(replacements, "evaluators");
      return replace(List.of(replacements));
    }

    /** As {@link #replace(GuidelineEvaluator...)}, for a collection of evaluators. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder replace(Collection<? extends GuidelineEvaluator> replacements) {
      Objects.requireNonNull(replacements, "evaluators");
      for (GuidelineEvaluator evaluator : replacements) {
        Objects.requireNonNull(evaluator, "evaluator");
        String id = evaluator.id();
        if (this.replacements.containsKey(id) || excluded.contains(id)) {
          throw new IllegalArgumentException(
              "the evaluator with id " + id + " is already replaced or excluded");
        }
        this.replacements.put(id, evaluator);
      }
      return this;
    }

    /**
     * Leaves out the registered evaluators (deciding or advisory) with these ids, e.g. a discovered
     * one you do not want asked. Applied when the reviewer is built, so it may come before or after
     * {@link #discover()}; {@link #build()} fails if no evaluator with an excluded id was
     * registered by then.
     *
     * @throws IllegalArgumentException if an id is already replaced or excluded
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder exclude(String... ids) {
      Objects.requireNonNull(ids, "ids");
      for (String id : ids) {
        Objects.requireNonNull(id, "id");
        if (replacements.containsKey(id) || !excluded.add(id)) {
          throw new IllegalArgumentException(
              "the evaluator with id " + id + " is already replaced or excluded");
        }
      }
      return this;
    }

    /** The registered evaluators with the replacements and exclusions applied. */
    private ImmutableList<GuidelineEvaluator> resolved(List<GuidelineEvaluator> registered) {
      ImmutableList.Builder<GuidelineEvaluator> out = ImmutableList.builder();
      for (GuidelineEvaluator evaluator : registered) {
        String id = evaluator.id();
        if (excluded.contains(id)) {
          continue;
        }
        out.add(replacements.getOrDefault(id, evaluator));
      }
      return out.build();
    }

    /** Fails on a replacement or exclusion whose id no registered evaluator has. */
    private void checkIdsRegistered() {
      for (String id : Stream.concat(replacements.keySet().stream(), excluded.stream()).toList()) {
        if (Stream.concat(evaluators.stream(), advisors.stream())
            .noneMatch(e -> e.id().equals(id))) {
          throw new IllegalStateException(
              "no registered evaluator has the id "
                  + id
                  + " that is "
                  + (excluded.contains(id) ? "excluded" : "replaced"));
        }
      }
    }

    /** The reviewer's qualifications, carried on every determination for its letter. */
    public Builder qualifications(ReviewerQualifications qualifications) {
      this.qualifications = Objects.requireNonNull(qualifications, "qualifications");
      return this;
    }

    /** Stamps determinations with today's date from this clock; without it they carry no date. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The reviewer.
     *
     * @throws IllegalStateException if an id {@linkplain #replace replaced} or {@linkplain #exclude
     *     excluded} is not the id of a registered evaluator
     */
    public ImrReviewer build() {
      checkIdsRegistered();
      return new ImrReviewer(this);
    }
  }
}
