package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of the example files: each mutant (a number set to a hostile value, a
 * line deleted, duplicated or swapped, a YAML indicator inserted, the file truncated) is fed to
 * the command that reads it. Whatever the mutant, the CLI must exit 0, 2 or 3 within the time
 * limit and never show a stack trace or exception name. The seed is printed; rerun a failure
 * with {@code -Dstockade.fuzz.seed=SEED}, and change the count with
 * {@code -Dstockade.fuzz.count=N}.
 */
@Tag("slow")
class MutationFuzzTest {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(\\.\\d+)?(?![\\w.])");
  private static final String[] HOSTILE = {"1e308", "-1", "0", "1e-300", "NaN", "0x10", "010",
      "999999999", "", "abc", "1e10", "-0", ".inf", "[]", "{}", "'5'", "1_000", "7e-7"};
  private static final String[] INSERTS = {":", "-", "[", "]", "{", "}", ",", "&a ", "*a ",
      "!!binary ", "|", ">", "'", "\"", "#", "\t", "%", "@", "`", "\u0000", "\u202e", "\n",
      "<<: ", "? "};

  /** {example path, command prefix, suffix}. */
  private static final String[][] TARGETS = {
      {"gm.yaml", "solve", "--time-limit 5 --no-verify"},
      {"gm.json", "solve", "--time-limit 5 --no-verify"},
      {"small-cm.yaml", "solve --model cm", "--time-limit 5"},
      {"gm-two-tier.yaml", "solve", "--time-limit 5 --no-verify"},
      {"tiers30.yaml", "exposure --no-progress --threads 1", ""},
      {"gm-csv/products.csv", "solve", "--time-limit 5 --no-verify"},
      {"tiers30-csv/nodes.csv", "exposure --no-progress --threads 1", ""},
      {"gm.yaml", "tts --budget 1", ""}};

  @TempDir
  Path tmp;

  @Test
  void mutatedExamples_exitZeroTwoOrThree_withoutStackTraces() throws IOException {
    long seed = Long.getLong("stockade.fuzz.seed", 17L);
    int count = Integer.getInteger("stockade.fuzz.count", 200);
    System.out.println("MutationFuzzTest seed " + seed + ", " + count + " mutants"
        + " (rerun: -Dstockade.fuzz.seed=" + seed + ")");
    Random rnd = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      String[] t = TARGETS[m % TARGETS.length];
      Path example = Path.of("examples", t[0]);
      String text = Files.readString(example);
      String mutant = mutate(text, rnd);
      Path input = write(m, t[0], mutant);
      List<String> args = new ArrayList<>(List.of(t[1].split(" ")));
      args.add(input.toString());
      if (!t[2].isEmpty()) {
        args.addAll(List.of(t[2].split(" ")));
      }
      SolveCommandTest.Run r;
      try {
        r = assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> SolveCommandTest.run(args.toArray(String[]::new)));
      } catch (AssertionError e) {
        failures.add("mutant " + m + " of " + t[0] + " timed out");
        continue;
      }
      boolean exitOk = r.exit() == 0 || r.exit() == 2 || r.exit() == 3;
      boolean clean = Sweep.FORBIDDEN.stream().noneMatch(f -> r.err().contains(f));
      if (!exitOk || !clean) {
        Path kept = tmp.resolve("failing-" + m + "-" + Path.of(t[0]).getFileName());
        Files.writeString(kept, mutant);
        failures.add("mutant " + m + " of " + t[0] + " (seed " + seed + "): exit " + r.exit()
            + ", stderr: " + r.err().lines().limit(3).toList());
      }
    }
    assertThat(failures).as("seed " + seed).isEmpty();
  }

  private Path write(int m, String example, String mutant) throws IOException {
    if (example.contains("/")) {
      String dir = example.substring(0, example.indexOf('/'));
      Path to = tmp.resolve("m" + m + "-" + dir);
      Files.createDirectories(to);
      try (var s = Files.list(Path.of("examples", dir))) {
        for (Path f : (Iterable<Path>) s::iterator) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
      Files.writeString(to.resolve(example.substring(example.indexOf('/') + 1)), mutant);
      return to;
    }
    Path p = tmp.resolve("m" + m + "-" + example);
    Files.writeString(p, mutant);
    return p;
  }

  static String mutate(String text, Random rnd) {
    int ops = 1 + rnd.nextInt(3);
    String s = text;
    for (int k = 0; k < ops; k++) {
      s = switch (rnd.nextInt(7)) {
        case 0, 1 -> replaceNumber(s, rnd);
        case 2 -> lines(s, rnd, 0);
        case 3 -> lines(s, rnd, 1);
        case 4 -> lines(s, rnd, 2);
        case 5 -> {
          int at = rnd.nextInt(s.length() + 1);
          yield s.substring(0, at) + INSERTS[rnd.nextInt(INSERTS.length)] + s.substring(at);
        }
        default -> s.substring(0, rnd.nextInt(s.length() + 1));
      };
    }
    return s;
  }

  private static String replaceNumber(String s, Random rnd) {
    Matcher m = NUMBER.matcher(s);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return s;
    }
    int[] sp = spans.get(rnd.nextInt(spans.size()));
    return s.substring(0, sp[0]) + HOSTILE[rnd.nextInt(HOSTILE.length)] + s.substring(sp[1]);
  }

  /** op 0 deletes a line, 1 duplicates one, 2 swaps two. */
  private static String lines(String s, Random rnd, int op) {
    List<String> ls = new ArrayList<>(List.of(s.split("\n", -1)));
    if (ls.size() < 2) {
      return s;
    }
    int i = rnd.nextInt(ls.size());
    switch (op) {
      case 0 -> ls.remove(i);
      case 1 -> ls.add(i, ls.get(i));
      default -> {
        int j = rnd.nextInt(ls.size());
        String a = ls.get(i);
        ls.set(i, ls.get(j));
        ls.set(j, a);
      }
    }
    return String.join("\n", ls);
  }
}
