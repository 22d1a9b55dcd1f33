package org.openimr.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * Where a command writes its output file, so that no run leaves a truncated file behind: a regular
 * file (or a name not yet taken) is written to a temporary file in the same folder and moved into
 * place by {@link #commit()}; closing without a commit deletes the temporary file and leaves
 * whatever was there before. A file that is not regular (a device such as {@code /dev/null}, a
 * pipe) cannot be replaced and is written directly.
 *
 * <p>Design notes: an existing file is resolved to its real path first, so a symbolic link stays a
 * link to the new content. The move is atomic where the file system can do it, and otherwise
 * replaces the target in one {@code move}. The temporary file is created by {@link
 * Files#createTempFile}, readable by its owner only on POSIX systems; the output keeps that.
 */
final class OutputFile implements AutoCloseable {
  private final Path target;
  private final @Nullable Path temporary;
  private final OutputStream stream;
  private boolean committed;
  private boolean closed;

  private OutputFile(Path target, @Nullable Path temporary, OutputStream stream) {
    this.target = target;
    this.temporary = temporary;
    this.stream = stream;
  }

  /**
   * Opens {@code file} for writing.
   *
   * @throws IOException if it is a directory, or its folder does not exist or cannot be written
   */
  static OutputFile open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new Refused("is a directory");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      OutputStream direct = Files.newOutputStream(file, StandardOpenOption.WRITE);
      return new OutputFile(file, null, new BufferedOutputStream(direct, 1 << 16));
    }
    Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (folder == null) {
      throw new Refused("has no folder");
    }
    Path temporary =
        Files.createTempFile(folder, "." + String.valueOf(target.getFileName()) + ".", ".tmp");
    try {
      OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE);
      return new OutputFile(target, temporary, new BufferedOutputStream(out, 1 << 16));
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  OutputStream stream() {
    return stream;
  }

  /** The temporary file being written, if any; for tests. */
  @Nullable Path temporary() {
    return temporary;
  }

  /** Flushes and closes the output and, for a regular file, moves it into place. */
  void commit() throws IOException {
    closed = true;
    stream.close();
    if (temporary != null) {
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Without a {@link #commit()}, discards what was written: the target is left as it was. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      if (!closed) {
        closed = true;
        stream.close();
      }
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** An output this class will not write; the message is ours and quotes nothing. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }
}
