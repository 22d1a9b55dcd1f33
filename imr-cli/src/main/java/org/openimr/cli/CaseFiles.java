package org.openimr.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;

/** Reads case files, turning every failure into a {@link UserError} that names the file. */
final class CaseFiles {
  private CaseFiles() {}

  /**
   * Reads and checks one case file.
   *
   * @throws UserError naming the file, and each field at fault, when it cannot be read or is not a
   *     valid case
   */
  static Case read(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserError(file + ": is a directory; expected a case file");
    }
    try {
      return ImrJson.standard().readCase(InputFiles.read(file, InputFiles.CASE_LIMIT));
    } catch (InvalidCaseException e) {
      throw new UserError(describe(file.toString(), e.violations()));
    } catch (IOException e) {
      throw new UserError(file + ": " + cannotRead(e));
    } catch (UncheckedIOException e) {
      throw new UserError(file + ": " + cannotRead(e.getCause()));
    }
  }

  /** One line per violation: {@code where: $.path: message}. */
  static List<String> describe(String where, List<Violation> violations) {
    return violations.stream().map(v -> where + ": " + v.path() + ": " + v.message()).toList();
  }

  /**
   * Why a file cannot be read, without the exception's message (which repeats the path), except for
   * {@link InputFiles.TooLarge}, whose message is ours and states the limit.
   */
  static String cannotRead(@Nullable Throwable e) {
    if (e == null) {
      return "cannot be read";
    }
    if (e instanceof InputFiles.TooLarge) {
      return String.valueOf(e.getMessage());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return "cannot be read (" + e.getClass().getSimpleName() + ")";
  }
}
