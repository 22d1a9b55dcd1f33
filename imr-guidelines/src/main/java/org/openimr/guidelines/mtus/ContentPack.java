package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openimr.model.ContentSource;
import org.openimr.model.GuidelineEdition;

/**
 * One content pack ({@code "format": "openimr-content/1"}): guideline content the built-in MTUS
 * evaluators read, as a file anyone can write (see {@code docs/content-packs.md}). Read and checked
 * by {@link ContentPacks}; immutable; a pack that has any problem is never built.
 *
 * <p>The {@linkplain #sha256() hash} identifies what the pack says, not how it is written: it is
 * taken over the pack parsed and re-serialised with its keys sorted and no whitespace, so line
 * endings, indentation and key order do not change it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContentPack {
  private final String id;
  private final String version;
  private final String title;
  private final Optional<String> note;
  private final String sha256;
  private final String origin;
  private final boolean bundled;
  private final ImmutableList<PackEdition> editions;
  private final ImmutableList<String> editionPaths;
  // Made once: every decision an edition of the pack makes records it.
  private final ContentSource source;

  ContentPack(
      String id,
      String version,
      String title,
      Optional<String> note,
      String sha256,
      String origin,
      boolean bundled,
      ImmutableList<PackEdition> editions,
      ImmutableList<String> editionPaths) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.note = note;
    this.sha256 = sha256;
    this.source = ContentSource.of(id, version, sha256);
    this.origin = origin;
    this.bundled = bundled;
    this.editions = editions;
    this.editionPaths = editionPaths;
  }

  /** The pack id, e.g. {@code "openimr.mtus.acupuncture"}: unique among the packs in use. */
  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String title() {
    return title;
  }

  public Optional<String> note() {
    return note;
  }

  /** SHA-256 of the pack's canonical form, as 64 lower-case hex digits. */
  public String sha256() {
    return sha256;
  }

  /** The pack's id, version and hash, as a decision records the content that decided it. */
  public ContentSource source() {
    return source;
  }

  /** The file or class-path resource the pack was read from. */
  public String origin() {
    return origin;
  }

  /** Whether the pack ships inside this library (the MTUS content the project encodes). */
  public boolean isBundled() {
    return bundled;
  }

  /** The guideline editions the pack gives, in pack order. */
  public List<GuidelineEdition> editions() {
    return editions.stream().map(PackEdition::edition).collect(ImmutableList.toImmutableList());
  }

  List<PackEdition> packEditions() {
    return editions;
  }

  /** The JSON path of each edition, for problems between packs. */
  String editionPath(int index) {
    return editionPaths.get(index);
  }

  /** {@code "openimr.mtus.acupuncture 0.1.0 (sha256 1a2b3c4d...)"}. */
  @Override
  public String toString() {
    return id + " " + version + " (sha256 " + sha256.substring(0, 12) + "...)";
  }
}
