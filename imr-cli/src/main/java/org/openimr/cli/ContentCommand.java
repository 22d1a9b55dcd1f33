package org.openimr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.openimr.guidelines.mtus.ContentPack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imr content}: tools for content packs; {@code imr content check FILE...}. */
@Command(
    name = "content",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = {"Tools for content packs (openimr-content/1, see docs/content-packs.md)."})
final class ContentCommand implements Callable<Integer> {
  private final Terminal terminal;

  ContentCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Without a subcommand: the usage, as wrong usage. */
  @Override
  public Integer call() {
    new CommandLine(this).addSubcommand(new Check(terminal)).usage(terminal.err());
    return Imr.USAGE;
  }

  /**
   * {@code imr content check FILE...}: reads every pack, checks each and all of them together with
   * the packs on the class path, and prints every problem (file, JSON path, what is wrong; never
   * the pack's text). Exit 0 when all are valid, 1 otherwise.
   */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Checks content packs: each on its own and all together with the packs on the class path."
            + " Prints every problem with its file and JSON path, and exits 1 if there is any;"
            + " otherwise prints each pack's id, version and SHA-256 and exits 0."
      })
  static final class Check implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "content pack files")
    List<Path> files = new ArrayList<>();

    @Option(
        names = "--exclude-content",
        paramLabel = "ID",
        description =
            "the id of a pack on the class path to check without (e.g. one the files take the"
                + " place of); repeatable")
    List<String> excluded = new ArrayList<>();

    Check(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      List<ContentPack> packs;
      try {
        packs = ContentOptions.read(files, Set.copyOf(excluded));
      } catch (UserError e) {
        e.lines().forEach(line -> terminal.err().println("imr content check: " + line));
        terminal
            .err()
            .println(
                "imr content check: "
                    + e.lines().size()
                    + (e.lines().size() == 1 ? " problem" : " problems"));
        return Imr.INVALID_INPUT;
      }
      for (int i = 0; i < packs.size(); i++) {
        ContentPack pack = packs.get(i);
        terminal
            .out()
            .println(
                files.get(i)
                    + ": ok: "
                    + pack.id()
                    + " "
                    + pack.version()
                    + " sha256 "
                    + pack.sha256());
      }
      return Imr.OK;
    }
  }
}
