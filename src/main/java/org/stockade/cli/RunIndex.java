package org.stockade.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The folder layout of {@code reproduce --out DIR}: each run writes into its own subfolder
 * (the target, followed by any parameter that differs from the default, e.g.
 * {@code gm-tables-instances-50}), records what it ran in {@code run.properties}, and
 * {@code DIR/index.md} lists every subfolder with its command, so no run overwrites another's
 * report and the folder says what it holds.
 */
final class RunIndex {
  static final String RUN_FILE = "run.properties";
  static final String INDEX = "index.md";

  private RunIndex() {}

  /**
   * The subfolder name of a run: {@code target} and then each non-default parameter as
   * {@code name-value}, lower case, characters other than letters, digits, '.', '_' and '-'
   * replaced by '_'.
   *
   * @param changed alternating option names (without dashes) and values; a null value marks a
   *     switch (e.g. no-share-range)
   */
  static String folder(String target, List<String> changed) {
    StringBuilder sb = new StringBuilder(target);
    for (String part : changed) {
      if (part != null) {
        sb.append('-').append(part);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
  }

  /** Records the run in {@code dir/run.properties} and rewrites {@code root/index.md}. */
  static Path record(Path root, Path dir, String target, String command, String report,
      double seconds) {
    Properties p = new Properties();
    p.setProperty("target", target);
    p.setProperty("command", command);
    p.setProperty("report", report);
    p.setProperty("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    p.setProperty("seconds", String.format(Locale.ROOT, "%.1f", seconds));
    try {
      java.io.StringWriter w = new java.io.StringWriter();
      p.store(w, "written by stockade reproduce; read by index.md");
      org.stockade.io.AtomicFiles.writeString(dir.resolve(RUN_FILE), w.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + dir.resolve(RUN_FILE), e);
    }
    return writeIndex(root);
  }

  /** Rewrites {@code root/index.md} from the {@code run.properties} of its subfolders. */
  static Path writeIndex(Path root) {
    List<String> rows = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path f = d.resolve(RUN_FILE);
        if (!Files.isRegularFile(f)) {
          continue;
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          p.load(r);
        }
        String name = d.getFileName().toString();
        String report = p.getProperty("report", "");
        rows.add("| [" + name + "/](" + name + "/" + report + ") | " + p.getProperty("target", "")
            + " | `" + p.getProperty("command", "").replace("|", "\\|") + "` | "
            + p.getProperty("finished", "") + " (" + p.getProperty("seconds", "?") + " s) |");
      }
      StringBuilder md = new StringBuilder("# Stockade reproductions in this folder\n\n"
          + "One subfolder per run: the target, then every parameter that differs from the "
          + "default. Each holds its report, CSV files and charts; rerun a line's command to "
          + "regenerate that folder.\n\n"
          + "| folder (report) | target | command (all parameters) | finished (UTC) |\n"
          + "|---|---|---|---|\n");
      rows.forEach(r -> md.append(r).append('\n'));
      Path index = root.resolve(INDEX);
      org.stockade.io.AtomicFiles.writeString(index, md.toString()); // parallel runs: atomic
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + root.resolve(INDEX), e);
    }
  }
}
