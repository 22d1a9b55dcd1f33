package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One problem in a content pack: where (the file or resource, and the JSON path) and what the
 * format wants there. Never quotes the pack's text: the path names the format's own fields, and an
 * unknown or repeated field by its position ({@code $.editions[0]: field #3 ...}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class ContentProblem {
  ContentProblem() {}

  /** The file or resource the pack was read from, or the pack id for problems between packs. */
  @Value.Parameter
  public abstract String origin();

  /** The JSON path of what is wrong, e.g. {@code $.editions[0].figures[1].max}. */
  @Value.Parameter
  public abstract String path();

  /** What is wrong, e.g. {@code "must be at least min"}. */
  @Value.Parameter
  public abstract String message();

  static ContentProblem of(String origin, String path, String message) {
    return ImmutableContentProblem.of(origin, path, message);
  }

  /** {@code "pack.json: $.editions[0].figures[1].max: must be at least min"}. */
  @Override
  public final String toString() {
    return origin() + ": " + path() + ": " + message();
  }
}
