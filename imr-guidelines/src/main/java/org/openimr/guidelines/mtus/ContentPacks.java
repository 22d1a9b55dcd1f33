package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Reads, finds and checks content packs ({@code "format": "openimr-content/1"}).
 *
 * <p>Where packs come from:
 *
 * <ul>
 *   <li>files or streams, in code: {@link #read(Path)}, {@link #read(InputStream, String)};
 *   <li>the class path: every {@value #INDEX} on it lists, one a line, the pack files beside it (in
 *       {@value #DIRECTORY}), so a jar holding packs and that index is found by {@link #discover()}
 *       as soon as it is a dependency. This library's own content is found the same way: it is the
 *       bundled packs {@value #BUNDLED} and {@value #BUNDLED_PHYSICAL_MEDICINE}.
 * </ul>
 *
 * <p>A set of packs fits together when no two share an id or an edition id, and no two editions of
 * one guideline are in force on the same date ({@link #check(Collection)}); to put a pack in the
 * place of another, exclude the other by id ({@link #combine(List, List, Set)}). Every problem is
 * reported at once, in a {@link ContentPackException}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContentPacks {
  /** The class-path folder of content packs. */
  public static final String DIRECTORY = "META-INF/openimr/content/";

  /** The index of the packs a jar or folder holds: one file name a line, {@code #} comments. */
  public static final String INDEX = DIRECTORY + "packs.list";

  /** The class-path resource of the JSON Schema (2020-12) of the format. */
  public static final String SCHEMA = "org/openimr/guidelines/mtus/openimr-content-1.schema.json";

  /** The pack of this library's MTUS acupuncture content. */
  static final String BUNDLED = "openimr-mtus-acupuncture.json";

  /** The pack of this library's MTUS physical medicine content and the Labor Code visit caps. */
  static final String BUNDLED_PHYSICAL_MEDICINE = "openimr-mtus-physical-medicine.json";

  private static final Pattern PACK_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.json");

  private ContentPacks() {}

  /** Reads and checks one pack file. */
  public static ContentPack read(Path file) throws IOException {
    Path name = file.getFileName();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name == null ? file.toString() : name.toString());
    }
  }

  /**
   * Reads and checks one pack.
   *
   * @param name the file or resource name that problems are reported against
   * @throws ContentPackException listing every problem, if the pack has any
   */
  public static ContentPack read(InputStream in, String name) throws IOException {
    return PackReader.read(in, name, false);
  }

  /** The packs bundled with this library: its encoded MTUS content. */
  public static List<ContentPack> bundled() {
    return Bundled.PACKS;
  }

  /**
   * Every pack on the class path of the current thread's context class loader (or this library's,
   * if it has none), the bundled ones first and the others by id, checked together.
   *
   * @throws ContentPackException listing every problem of every pack found
   */
  public static List<ContentPack> discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(loader != null ? loader : ContentPacks.class.getClassLoader());
  }

  /** Every pack the class loader's {@value #INDEX} files list, checked together. */
  public static List<ContentPack> discover(ClassLoader loader) {
    Map<String, ContentPack> byUrl = new LinkedHashMap<>();
    List<ContentProblem> problems = new ArrayList<>();
    Map<String, ContentPack> bundled = new LinkedHashMap<>();
    for (int i = 0; i < Bundled.PACKS.size(); i++) {
      bundled.put(Bundled.LOCATIONS.get(i).toString(), Bundled.PACKS.get(i));
    }
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        for (String name : listed(index, problems)) {
          URL url = new URL(index, name);
          String key = url.toString();
          if (byUrl.containsKey(key)) {
            continue;
          }
          ContentPack known = bundled.get(key);
          if (known != null) {
            byUrl.put(key, known);
            continue;
          }
          try (InputStream in = url.openStream()) {
            byUrl.put(key, PackReader.read(in, name, false));
          } catch (ContentPackException e) {
            problems.addAll(e.problems());
          } catch (IOException e) {
            problems.add(ContentProblem.of(name, "$", "cannot be read from the class path"));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + INDEX + " on the class path", e);
    }
    if (!problems.isEmpty()) {
      throw new ContentPackException(problems);
    }
    List<ContentPack> packs = new ArrayList<>(byUrl.values());
    packs.sort(
        Comparator.comparing((ContentPack p) -> !p.isBundled()).thenComparing(ContentPack::id));
    check(packs);
    return List.copyOf(packs);
  }

  /**
   * The packs and the extra ones, less those whose id is excluded, checked together: how a user
   * pack takes the place of another (say, a bundled one) for the same dates.
   *
   * @throws ContentPackException if an excluded id names no pack, or the result does not fit
   */
  public static List<ContentPack> combine(
      List<ContentPack> packs, List<ContentPack> extra, Set<String> excludedIds) {
    List<ContentPack> all = new ArrayList<>(packs);
    all.addAll(extra);
    List<ContentProblem> problems = new ArrayList<>();
    for (String excluded : excludedIds) {
      if (all.stream().noneMatch(p -> p.id().equals(excluded))) {
        problems.add(
            ContentProblem.of(excluded, "$.id", "is excluded, but no pack in use has this id"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ContentPackException(problems);
    }
    List<ContentPack> kept =
        all.stream()
            .filter(p -> !excludedIds.contains(p.id()))
            .collect(ImmutableList.toImmutableList());
    check(kept);
    return kept;
  }

  /**
   * Checks that the packs fit together: distinct pack ids and edition ids, and no two editions of
   * one guideline in force on the same date. Each problem names both packs' ids.
   *
   * @throws ContentPackException listing every problem
   */
  public static void check(Collection<ContentPack> packs) {
    List<ContentPack> list = List.copyOf(packs);
    List<ContentProblem> problems = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      ContentPack b = list.get(i);
      for (int j = 0; j < i; j++) {
        ContentPack a = list.get(j);
        if (a.id().equals(b.id())) {
          problems.add(
              ContentProblem.of(
                  b.origin(),
                  "$.id",
                  "pack " + b.id() + " is also the id of the pack read from " + a.origin()));
          continue;
        }
        between(a, b, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new ContentPackException(problems);
    }
  }

  private static void between(ContentPack a, ContentPack b, List<ContentProblem> problems) {
    List<PackEdition> as = a.packEditions();
    List<PackEdition> bs = b.packEditions();
    for (int i = 0; i < bs.size(); i++) {
      PackEdition eb = bs.get(i);
      for (int j = 0; j < as.size(); j++) {
        PackEdition ea = as.get(j);
        String where = b.editionPath(i);
        if (ea.id().equals(eb.id())) {
          problems.add(
              ContentProblem.of(
                  b.origin(),
                  where + ".id",
                  "pack "
                      + b.id()
                      + " repeats the edition id of "
                      + a.editionPath(j)
                      + " in pack "
                      + a.id()));
        }
        if (ea.guideline().equals(eb.guideline())
            && PackReader.overlap(ea.edition(), eb.edition())) {
          problems.add(
              ContentProblem.of(
                  b.origin(),
                  where,
                  "pack "
                      + b.id()
                      + " has an edition of "
                      + eb.guideline()
                      + " in force on dates that "
                      + a.editionPath(j)
                      + " of pack "
                      + a.id()
                      + " covers; exclude one of the two packs by id"));
        }
      }
    }
  }

  private static List<String> listed(URL index, List<ContentProblem> problems) throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        if (!PACK_FILE.matcher(name).matches()) {
          problems.add(
              ContentProblem.of(
                  INDEX,
                  "line " + lineNumber,
                  "must name a .json file in " + DIRECTORY + " (letters, digits, . _ -)"));
          continue;
        }
        names.add(name);
      }
    }
    return names;
  }

  /** The bundled packs, read once. */
  private static final class Bundled {
    static final List<String> FILES = List.of(BUNDLED, BUNDLED_PHYSICAL_MEDICINE);
    static final List<URL> LOCATIONS = FILES.stream().map(Bundled::location).toList();
    static final List<ContentPack> PACKS = load();

    private static URL location(String file) {
      return Objects.requireNonNull(
          ContentPacks.class.getResource("/" + DIRECTORY + file),
          "the bundled content pack " + file + " is missing");
    }

    private static List<ContentPack> load() {
      List<ContentPack> packs = new ArrayList<>();
      for (int i = 0; i < FILES.size(); i++) {
        try (InputStream in = LOCATIONS.get(i).openStream()) {
          packs.add(PackReader.read(in, FILES.get(i), true));
        } catch (IOException e) {
          throw new UncheckedIOException("the bundled content pack cannot be read", e);
        }
      }
      return List.copyOf(packs);
    }
  }
}
