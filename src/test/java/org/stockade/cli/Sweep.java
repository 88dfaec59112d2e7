package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bad-input sweep's harness: a {@link Case} is one command line (tokens split on spaces,
 * {@code @name} replaced by the path of fixture file {@code name} from {@link SweepFiles}), the
 * exit code it must give and the fragments its stderr must contain (the field or flag at
 * least). Every case runs the CLI in-process and must end within {@link #LIMIT}, print no stack
 * trace and no exception class name.
 */
final class Sweep {
  /** Longest a single case may take. */
  static final Duration LIMIT = Duration.ofSeconds(30);

  /** Text that must never reach the user. */
  static final List<String> FORBIDDEN = List.of("Exception", "\tat ", "at org.", "at java.",
      "java.lang", "internal error", "org.apache", "NullPointer", "For input string",
      "cons_linear", "ABNORMAL");

  private Sweep() {}

  /** One command line and what it must give. */
  record Case(List<String> args, int exit, List<String> fragments) {
    @Override
    public String toString() {
      return String.join(" ", args).replace(SweepFiles.dir().toString() + "/", "@");
    }
  }

  /** A bad-input case: exit 2, stderr naming every fragment. */
  static Case bad(String args, String... fragments) {
    return of(2, args, fragments);
  }

  /** A case with an explicit exit code. */
  static Case of(int exit, String args, String... fragments) {
    if (fragments.length == 0 && exit == 2) {
      throw new IllegalArgumentException("a bad-input case must name a field or flag: " + args);
    }
    List<String> a = new ArrayList<>();
    for (String s : args.trim().split(" +")) {
      a.add(s.startsWith("@") ? SweepFiles.path(s.substring(1)).toString() : s);
    }
    return new Case(List.copyOf(a), exit, Arrays.asList(fragments));
  }

  /** Runs {@code k} in-process and checks exit code, message, cleanliness and time. */
  static SolveCommandTest.Run check(Case k) {
    SolveCommandTest.Run r = assertTimeoutPreemptively(LIMIT,
        () -> SolveCommandTest.run(k.args().toArray(String[]::new)), () -> "timed out: " + k);
    assertThat(r.exit()).as("exit of %s%nstderr: %s", k, r.err()).isEqualTo(k.exit());
    assertClean(k.toString(), r);
    if (k.exit() == 2) {
      assertThat(r.err()).as(k.toString()).contains("error: ");
    }
    assertThat(r.err()).as(k.toString()).contains(k.fragments());
    return r;
  }

  /** No stack trace, exception class name or solver chatter on either stream. */
  static void assertClean(String what, SolveCommandTest.Run r) {
    assertThat(r.err()).as("stderr of %s", what).doesNotContain(FORBIDDEN);
    if (r.exit() != 0) {
      assertThat(r.out()).as("stdout of %s", what).doesNotContain(FORBIDDEN);
    }
  }
}
