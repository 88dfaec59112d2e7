package org.stockade.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.model.InvalidInputException;

/**
 * The {@code stockade strategy ...} commands as run kinds of the service, one entry of
 * {@link #KINDS} each. An entry names the kind, the CLI command it runs, the input files it takes
 * as uploads ({@link FileSlot}: how the stored copy reaches the command line) and the options
 * whose values are distributions ({@code KIND:ARGS}, where {@code empirical:FILE} would name a
 * file on the server and is therefore refused unless the file is uploaded). {@link Runs} does
 * the rest exactly as for every other kind: picocli checks the options, the command runs with
 * the service's {@link RunContext} and writes its report through the shared writers.
 *
 * <p>Adding a strategy is one entry, as for {@code strategy preposition FILE.yaml --scenarios
 * FILE.csv}: {@code new Kind("preposition", List.of("strategy", "preposition"), List.of(
 * FileSlot.positional("instance", "yaml"), FileSlot.option("scenarios", "csv", true)),
 * List.of(), true)}; its command must implement {@link Hosted}, emit through
 * {@link Output#emit} and poll {@code ctx.cancel()} in its loops.
 */
final class StrategyRuns {
  /**
   * How an uploaded file is passed: as {@code --NAME PATH} ({@link Form#OPTION}), as the
   * command's positional FILE ({@link Form#POSITIONAL}), or as {@code --NAME empirical:PATH} of
   * a distribution option ({@link Form#EMPIRICAL}).
   *
   * @param name the key under the run request's {@code files} (and the option, if any)
   * @param extension the stored copy's extension (the command may decide the format by it)
   * @param required whether a run of the kind needs the file
   */
  record FileSlot(String name, Form form, String extension, boolean required) {
    enum Form { OPTION, POSITIONAL, EMPIRICAL }

    FileSlot {
      if (name == null || !name.matches("[a-z][a-z0-9-]*") || form == null
          || extension == null || !extension.matches("[a-z]+")) {
        throw new IllegalArgumentException("bad file slot " + name + " " + form + " "
            + extension);
      }
    }

    static FileSlot option(String name, String extension, boolean required) {
      return new FileSlot(name, Form.OPTION, extension, required);
    }

    static FileSlot positional(String name, String extension) {
      return new FileSlot(name, Form.POSITIONAL, extension, true);
    }

    static FileSlot empirical(String name) {
      return new FileSlot(name, Form.EMPIRICAL, "csv", false);
    }
  }

  /**
   * One strategy run kind.
   *
   * @param name the run kind
   * @param command the CLI command words, e.g. {@code [strategy, stockpile]}
   * @param files the uploads it takes
   * @param distributions options holding {@code KIND:ARGS} distributions (besides the
   *     {@link FileSlot.Form#EMPIRICAL} slots): {@code empirical:...} is refused in them
   * @param timeLimit whether the command takes {@code --time-limit} (the server then sets it)
   * @param generator the option that generates the input instead of the required files (as
   *     {@code --generate} of {@code strategy preposition}), or {@code null}
   */
  record Kind(String name, List<String> command, List<FileSlot> files,
      List<String> distributions, boolean timeLimit, String generator) {
    Kind {
      command = List.copyOf(command);
      files = List.copyOf(files);
      distributions = List.copyOf(distributions);
    }

    List<String> fileNames() {
      return files.stream().map(FileSlot::name).toList();
    }
  }

  /** The strategy run kinds, in the order they are listed. */
  static final List<Kind> KINDS = List.of(
      new Kind("stockpile", List.of("strategy", "stockpile"),
          List.of(FileSlot.empirical("demand")), List.of(), false, null),
      new Kind("reserve-capacity", List.of("strategy", "reserve-capacity"),
          List.of(FileSlot.empirical("duration")), List.of(), false, null),
      new Kind("pooling", List.of("strategy", "pooling"),
          List.of(FileSlot.option("scenarios", "csv", false)), List.of("demand"), false, null),
      new Kind("suppliers", List.of("strategy", "suppliers"),
          List.of(FileSlot.positional("instance", "yaml")), List.of(), false, null),
      new Kind("preposition", List.of("strategy", "preposition"),
          List.of(FileSlot.positional("instance", "yaml"),
              FileSlot.option("scenarios", "csv", true)), List.of(), true, "generate"));

  private StrategyRuns() {}

  /** The entry of {@code kind}, or null if it is not a strategy kind. */
  static Kind of(String kind) {
    for (Kind k : KINDS) {
      if (k.name().equals(kind)) {
        return k;
      }
    }
    return null;
  }

  /** The stored copy's file name of upload {@code file} of a run of {@code kind}. */
  static String storedName(String kind, String file) {
    Kind k = of(kind);
    if (k != null) {
      for (FileSlot f : k.files()) {
        if (f.name().equals(file)) {
          return f.name() + "." + f.extension();
        }
      }
    }
    return file + ".csv";
  }

  /**
   * The options passed on as flags: those of the request without the distribution options that
   * an uploaded file replaces; refuses {@code empirical:PATH} in any of them and a file given
   * together with a non-empirical value of its option.
   */
  static Map<String, Object> flagOptions(Kind k, Map<String, Object> options,
      Map<String, Path> files) {
    Map<String, Object> out = new LinkedHashMap<>(options);
    List<String> guarded = new ArrayList<>(k.distributions());
    for (FileSlot f : k.files()) {
      if (f.form() == FileSlot.Form.EMPIRICAL) {
        guarded.add(f.name());
        Object v = out.get(f.name());
        if (files.containsKey(f.name())) {
          if (v != null && !(v instanceof String s && s.trim().equalsIgnoreCase("empirical"))) {
            throw new InvalidInputException("files." + f.name() + ": a " + k.name() + " run"
                + " takes either files." + f.name() + " (an empirical distribution) or"
                + " options." + f.name() + ", not both; drop options." + f.name()
                + " or set it to \"empirical\"");
          }
          out.remove(f.name());
        }
      }
    }
    for (String name : guarded) {
      Object v = out.get(name);
      List<?> values = v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
      for (Object x : values) {
        String kindOf = String.valueOf(x).trim();
        int colon = kindOf.indexOf(':');
        kindOf = (colon < 0 ? kindOf : kindOf.substring(0, colon)).toLowerCase(Locale.ROOT);
        if (kindOf.equals("empirical")) {
          boolean slot = k.fileNames().contains(name);
          throw new InvalidInputException("options." + name + ": the service takes no file"
              + " paths; " + (slot ? "send the CSV's content as files." + name
              + " of the run request (an empirical distribution)"
              : "give a parametric distribution such as normal:100:20"
              + (k.fileNames().isEmpty() ? "" : " or upload files."
              + String.join(", files.", k.fileNames()))));
        }
      }
    }
    return out;
  }

  /**
   * Adds the stored uploads to the command line {@code args} (whose first
   * {@code k.command().size()} words are the command); refuses a missing required one.
   */
  static void addFiles(Kind k, List<String> args, Map<String, Path> files) {
    int positional = k.command().size();
    for (FileSlot f : k.files()) {
      Path p = files.get(f.name());
      if (p == null) {
        if (f.required() && (k.generator() == null || !args.contains("--" + k.generator()))) {
          throw new InvalidInputException("files." + f.name() + ": a " + k.name() + " run"
              + " needs its input file; send its content as files." + f.name() + " of the run"
              + " request (the FILE of 'stockade " + String.join(" ", k.command()) + "')");
        }
        continue;
      }
      switch (f.form()) {
        case POSITIONAL -> args.add(positional++, p.toString());
        case OPTION -> {
          args.add("--" + f.name());
          args.add(p.toString());
        }
        case EMPIRICAL -> {
          args.add("--" + f.name());
          args.add("empirical:" + p);
        }
        default -> throw new IllegalStateException(f.form().toString());
      }
    }
  }
}
