package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Which guideline content decided: the id, version and SHA-256 of the content pack an evaluator
 * read its edition from (see {@code docs/content-packs.md}), so an auditor can tell which file,
 * exactly, a decision rests on.
 *
 * <p>The hash is the pack's own (over its canonical form), 64 lower-case hex digits.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableContentSource.class)
@JsonDeserialize(as = ImmutableContentSource.class)
public abstract class ContentSource {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]*");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  ContentSource() {}

  /** The pack id, e.g. {@code "openimr.mtus.acupuncture"}. */
  @Value.Parameter
  public abstract String id();

  /** The pack's version, e.g. {@code "0.1.0"}. */
  @Value.Parameter
  public abstract String version();

  /** SHA-256 of the pack's canonical form, as 64 lower-case hex digits. */
  @Value.Parameter
  public abstract String sha256();

  @Value.Check
  final void check() {
    if (id().length() > 100 || !ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "ContentSource.id must be lower case letters, digits, . and -, at most 100");
    }
    if (version().length() > 40 || !VERSION.matcher(version()).matches()) {
      throw new IllegalArgumentException(
          "ContentSource.version must be letters, digits, . + and -, at most 40");
    }
    if (!SHA256.matcher(sha256()).matches()) {
      throw new IllegalArgumentException("ContentSource.sha256 must be 64 lower-case hex digits");
    }
  }

  /**
   * The content of one pack.
   *
   * @throws IllegalArgumentException naming the field that is not of the pack format's shape
   */
  public static ContentSource of(String id, String version, String sha256) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(sha256, "sha256");
    return ImmutableContentSource.of(id, version, sha256);
  }

  /** {@code "openimr.mtus.acupuncture 0.1.0 (sha256 1a2b3c4d5e6f...)"}. */
  @Override
  public final String toString() {
    return id() + " " + version() + " (sha256 " + sha256().substring(0, 12) + "...)";
  }
}
