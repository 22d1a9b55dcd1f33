package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openimr.model.GuidelineEdition;

/**
 * The physical medicine editions of a set of content packs, resolved once: every edition of {@code
 * mtus.chronic-pain}, {@code mtus.postsurgical} and {@code labor-code.4604.5} of every pack, in the
 * order they come into force, each with its content, or with what it does not give.
 *
 * <p>Design notes: the two physical medicine evaluators each decide with an edition of their own
 * guideline, and read two more by the request date: the postsurgical edition in force (whether a
 * surgery's period covers the request, which decides between them) and the Labor Code edition in
 * force (the statutory visit caps, which apply whichever guideline decides). Each piece comes from
 * the pack edition that gives it; a piece that is missing is reported, never borrowed from another
 * edition. A chronic pain edition is always resolved (its criteria are covered one by one); a
 * postsurgical edition only if it gives its coverage and presumptive period, which place a request
 * in a period; a Labor Code edition only if it gives caps.
 */
final class PhysicalMedicineEditions {
  /**
   * One pack edition, resolved; {@code part} is null when the edition lacks what it needs whole.
   */
  static final class Edition<T> {
    final PhysicalMedicineContent.Source source;
    final @Nullable T part;
    final ImmutableList<String> missing;

    private Edition(
        PhysicalMedicineContent.Source source, Function<PhysicalMedicineContent.Source, T> build) {
      this.source = source;
      this.missing = ImmutableList.copyOf(PhysicalMedicineContent.missing(source.edition()));
      this.part = missing.isEmpty() ? build.apply(source) : null;
    }

    GuidelineEdition edition() {
      return source.edition().edition();
    }

    /** Why the edition decides nothing that turns on what it lacks, naming the pack. */
    String notCovered() {
      return PhysicalMedicineEditions.notCovered(source, missing);
    }
  }

  /**
   * Why an edition does not decide a request that turns on what it lacks, naming the pack and
   * everything missing: one sentence.
   */
  static String notCovered(PhysicalMedicineContent.Source source, List<String> missing) {
    PackEdition content = source.edition();
    GuidelineEdition e = content.edition();
    String under = "Under the " + e.title() + " (" + e.label() + "), " + content.section() + ": ";
    String what = AcupunctureCriteria.list(missing, "and");
    if (source.pack().isBundled()) {
      return under
          + "this library does not cover "
          + what
          + " of that edition, so this evaluator does not decide the request; it does not"
          + " borrow them from another edition.";
    }
    return under
        + "the content pack "
        + source.pack().id()
        + " "
        + source.pack().version()
        + " does not cover "
        + what
        + " of that edition, and the request turns on them, so this evaluator does not decide"
        + " it. It does not borrow them from another edition.";
  }

  final ImmutableList<Edition<PhysicalMedicineContent.ChronicPain>> chronicPain;
  final ImmutableList<Edition<PhysicalMedicineContent.Postsurgical>> postsurgical;
  final ImmutableList<Edition<PhysicalMedicineContent.Caps>> caps;

  PhysicalMedicineEditions(List<ContentPack> packs) {
    chronicPain =
        editions(packs, ContentVocabulary.CHRONIC_PAIN, PhysicalMedicineContent.ChronicPain::new);
    postsurgical =
        editions(packs, ContentVocabulary.POSTSURGICAL, PhysicalMedicineContent.Postsurgical::new);
    caps = editions(packs, ContentVocabulary.VISIT_CAPS, PhysicalMedicineContent.Caps::new);
  }

  private static <T> ImmutableList<Edition<T>> editions(
      List<ContentPack> packs,
      String guideline,
      Function<PhysicalMedicineContent.Source, T> build) {
    List<Edition<T>> editions = new ArrayList<>();
    for (ContentPack pack : packs) {
      for (PackEdition e : pack.packEditions()) {
        if (e.guideline().equals(guideline)) {
          editions.add(new Edition<>(new PhysicalMedicineContent.Source(pack, e), build));
        }
      }
    }
    editions.sort(Comparator.comparing(e -> e.edition().effectiveFrom()));
    return ImmutableList.copyOf(editions);
  }

  /** The pack editions behind these editions, in the same order. */
  static <T> List<PackEdition> packEditions(List<Edition<T>> editions) {
    return editions.stream().map(e -> e.source.edition()).collect(ImmutableList.toImmutableList());
  }

  static <T> List<GuidelineEdition> guidelineEditions(List<Edition<T>> editions) {
    return editions.stream().map(Edition::edition).collect(ImmutableList.toImmutableList());
  }

  /** The edition that is this guideline edition, if the packs give it. */
  static <T> Optional<Edition<T>> find(List<Edition<T>> editions, GuidelineEdition edition) {
    for (Edition<T> e : editions) {
      if (e.edition() == edition) {
        return Optional.of(e);
      }
    }
    for (Edition<T> e : editions) {
      if (e.edition().equals(edition)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The edition in force on the date, if any (the packs fit together: at most one). */
  static <T> Optional<Edition<T>> inForce(List<Edition<T>> editions, Optional<LocalDate> date) {
    if (date.isEmpty()) {
      return Optional.empty();
    }
    for (Edition<T> e : editions) {
      if (e.edition().inForceOn(date.get())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The postsurgical content in force on the date, if the packs give it whole. */
  Optional<PhysicalMedicineContent.Postsurgical> postsurgicalOn(Optional<LocalDate> date) {
    return inForce(postsurgical, date).flatMap(e -> Optional.ofNullable(e.part));
  }

  /** The visit caps in force on the date, if the packs give them. */
  Optional<PhysicalMedicineContent.Caps> capsOn(Optional<LocalDate> date) {
    return inForce(caps, date).flatMap(e -> Optional.ofNullable(e.part));
  }
}
