package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every {@code ./stockade ...} line of README.md runs from a fresh clone: it parses, names only
 * files that ship with the repository, and (unless it is one of the long runs) exits 0.
 */
class ReadmeCommandsTest {
  /** Options whose value is written, not read. */
  private static final Set<String> OUTPUTS = Set.of("--out", "--chart", "--charts",
      "--export-scenarios");

  /** Commands too long for a unit test (minutes each); they are still parsed and checked. */
  private static final List<String> LONG = List.of(" reproduce ", " bench ", " serve",
      "--generate tiers=3,per-tier=200,500,1000", "--samples 2000");

  @TempDir
  Path dir;

  static List<String> readmeCommands() throws IOException {
    List<String> cmds = new ArrayList<>();
    boolean inBash = false;
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      if (line.startsWith("```")) {
        inBash = !inBash && line.strip().equals("```bash");
        continue;
      }
      if (inBash && line.startsWith("./stockade ")) {
        cmds.add(line);
      }
    }
    return cmds;
  }

  static Stream<String> fastCommands() throws IOException {
    return readmeCommands().stream().filter(c -> LONG.stream().noneMatch(c::contains));
  }

  /** The arguments of a README line: without {@code ./stockade}, comment and redirection. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    char quote = 0;
    String s = line.substring("./stockade ".length());
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        } else {
          cur.append(ch);
        }
      } else if (ch == '\'' || ch == '"') {
        quote = ch;
        cur = cur == null ? new StringBuilder() : cur;
      } else if (Character.isWhitespace(ch)) {
        if (cur != null) {
          out.add(cur.toString());
          cur = null;
        }
      } else if ((ch == '#' || ch == '>') && cur == null) {
        break; // a comment or a redirection of stdout: not an argument
      } else {
        cur = cur == null ? new StringBuilder() : cur;
        cur.append(ch);
      }
    }
    if (cur != null) {
      out.add(cur.toString());
    }
    return out;
  }

  @Test
  void readme_showsCommandsForEverySubcommand() throws IOException {
    List<String> cmds = readmeCommands();
    assertThat(cmds).hasSizeGreaterThan(30);
    for (String sub : List.of("solve", "tts", "compare", "exposure", "sourcing", "reproduce",
        "bench", "calibrate")) {
      assertThat(cmds).as(sub).anyMatch(c -> c.startsWith("./stockade " + sub + " "));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readmeCommands")
  void readmeCommand_parsesAndNamesOnlyFilesThatShip(String line) {
    ParseResult pr = Main.commandLine().parseArgs(words(line).toArray(String[]::new));
    for (ParseResult level = pr; level != null; level = level.subcommand()) {
      List<ArgSpec> args = new ArrayList<>(level.matchedPositionals());
      args.addAll(level.matchedOptions());
      for (ArgSpec a : args) {
        boolean output = a instanceof OptionSpec o && OUTPUTS.contains(o.longestName());
        if (a.type() == Path.class && !output) {
          Path p = a.getValue();
          assertThat(p).as(line).exists();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fastCommands")
  void readmeCommand_runsFromAFreshClone(String line) {
    List<String> args = new ArrayList<>(words(line));
    for (int k = 0; k + 1 < args.size(); k++) {
      if (OUTPUTS.contains(args.get(k))) {
        args.set(k + 1, dir.resolve(args.get(k + 1)).toString()); // keep the clone clean
      }
    }
    SolveCommandTest.Run r = SolveCommandTest.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(line + "\n" + r.err()).isZero();
    assertThat(r.out()).as(line).isNotBlank();
  }
}
