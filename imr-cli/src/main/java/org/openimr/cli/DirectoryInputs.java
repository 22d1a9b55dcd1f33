package org.openimr.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.openimr.json.ImrJson;

/**
 * The cases of a directory: every {@code *.json} file in it (not in subdirectories), one case each,
 * in name order. Only the names are held in memory; each file is read when its case is processed,
 * at most {@link InputFiles#CASE_LIMIT} bytes of it.
 */
final class DirectoryInputs implements CaseInputs {
  private final List<Path> all;
  private final Iterator<Path> files;
  private final long size;
  private long caseNumber;

  DirectoryInputs(Path directory) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
      for (Path file : stream) {
        if (Files.isRegularFile(file)) {
          found.add(file);
        }
      }
    }
    found.sort(null);
    this.all = List.copyOf(found);
    this.files = all.iterator();
    this.size = found.size();
  }

  @Override
  public Optional<CaseInput> next() {
    if (!files.hasNext()) {
      return Optional.empty();
    }
    Path file = files.next();
    caseNumber++;
    return Optional.of(
        new CaseInput(
            caseNumber,
            file.toString(),
            () -> ImrJson.standard().readCase(InputFiles.read(file, InputFiles.CASE_LIMIT))));
  }

  /** The case files, in name order, that this batch reads. */
  List<Path> files() {
    return all;
  }

  @Override
  public OptionalLong size() {
    return OptionalLong.of(size);
  }

  @Override
  public void close() {}
}
