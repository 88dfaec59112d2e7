package org.stockade.cli;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.stockade.io.LoadedNetwork;
import org.stockade.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every kind of run the CLI has, as one function the service calls: a kind and its options
 * (the CLI's flags without the dashes, e.g. {@code {"delta": 5, "capacity-loss": "plants:1"}})
 * become the same command line the CLI would parse, and run through the same command with a
 * {@link RunContext} that supplies the stored network, the cancel flag and the progress sink
 * and captures the report (JSON and CSV, from the shared writers in {@code org.stockade.report}).
 * Options are checked by picocli and by the commands themselves, so a bad value gives exactly
 * the message of the CLI's exit-2 error.
 */
public final class Runs {
  /** The run kinds: the CLI's models and analyses, then the strategies ({@link StrategyRuns}). */
  public static final List<String> KINDS = java.util.stream.Stream.concat(java.util.stream.Stream
      .of("sg", "cm", "msg", "tts", "compare", "exposure", "sourcing", "reserves", "design",
          "calibrate"), StrategyRuns.KINDS.stream().map(StrategyRuns.Kind::name)).toList();
  /**
   * Options of a kind that name an input CSV: the service takes their content as an uploaded
   * attachment (the run request's {@code files}), stores it and passes the stored copy.
   */
  public static final Map<String, List<String>> ATTACHMENTS = Map.of(
      "calibrate", List.of("demand", "forecasts", "outages"),
      "design", List.of("candidates"));
  /** Reserve models of {@code kind: reserves} (the option {@code model}). */
  public static final List<String> RESERVE_MODELS = List.of("base-stock", "eoq", "tomlin");
  private static final Pattern OPTION_NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");
  /** Options the service sets itself or that name files on the server. */
  private static final List<String> SERVICE_OWNED = List.of("format", "help", "version",
      "no-progress");

  private Runs() {}

  /** The outcome of one run: the CLI's exit code, the captured reports and the text output. */
  public record Outcome(int exitCode, String json, String csv, String stdout, String stderr) {}

  /** The network kind a run kind needs, or null when it takes no network. */
  public static String networkKind(String kind) {
    return switch (kind) {
      case "sg", "cm", "tts", "compare", "design", "calibrate" -> LoadedNetwork.PlantProduct.KIND;
      case "msg" -> LoadedNetwork.MultiStage.KIND;
      case "exposure" -> LoadedNetwork.Exposure.KIND;
      default -> null;
    };
  }

  /** Whether the command of {@code kind} takes {@code --time-limit}. */
  public static boolean hasTimeLimit(String kind) {
    StrategyRuns.Kind k = StrategyRuns.of(kind);
    return k != null ? k.timeLimit() : !kind.equals("reserves");
  }

  /** The uploads ({@code files}) a run of {@code kind} takes, by name. */
  public static List<String> attachable(String kind) {
    StrategyRuns.Kind k = StrategyRuns.of(kind);
    return k != null ? k.fileNames() : ATTACHMENTS.getOrDefault(kind, List.of());
  }

  /** The uploads a run of {@code kind} cannot do without. */
  public static List<String> requiredFiles(String kind) {
    StrategyRuns.Kind k = StrategyRuns.of(kind);
    return k == null ? kind.equals("calibrate") ? List.of("demand") : List.of()
        : k.files().stream().filter(StrategyRuns.FileSlot::required)
            .map(StrategyRuns.FileSlot::name).toList();
  }

  /**
   * The option that generates a {@code kind} run's input instead of its required files, or
   * {@code null} when the files are always required.
   */
  public static String fileGenerator(String kind) {
    StrategyRuns.Kind k = StrategyRuns.of(kind);
    return k == null ? null : k.generator();
  }

  /**
   * The file name under which the service stores upload {@code file} of a {@code kind} run
   * ({@code <file>.csv}, or the extension its strategy entry gives, e.g. {@code instance.yaml}).
   */
  public static String storedName(String kind, String file) {
    return StrategyRuns.storedName(kind, file);
  }

  /** The CLI command of a run kind, e.g. {@code strategy pooling} or {@code solve --model sg}. */
  public static String commandOf(String kind) {
    StrategyRuns.Kind k = StrategyRuns.of(kind);
    return k != null ? String.join(" ", k.command()) : switch (kind) {
      case "sg", "cm" -> "solve --model " + kind;
      case "msg" -> "solve";
      case "reserves" -> "sourcing reserves MODEL";
      default -> kind;
    };
  }

  /**
   * The command line of a run, checked by picocli (unknown options, malformed values) without
   * running it.
   *
   * @param kind one of {@link #KINDS}
   * @param options option name (without dashes) to value: text, number, true (a flag) or a
   *     list (a repeated option)
   * @param withNetwork whether a stored network is given (then --example/--generate are refused)
   * @throws InvalidInputException naming the option ({@code options.NAME}) and a fix
   */
  public static List<String> arguments(String kind, Map<String, Object> options,
      boolean withNetwork) {
    return arguments(kind, options, withNetwork, Map.of());
  }

  /**
   * As {@link #arguments(String, Map, boolean)}, with stored attachments.
   *
   * @param files option name (one of {@link #ATTACHMENTS} of the kind) to the server's stored
   *     copy of the uploaded file
   */
  public static List<String> arguments(String kind, Map<String, Object> options,
      boolean withNetwork, Map<String, Path> files) {
    if (kind == null || !KINDS.contains(kind)) {
      throw new InvalidInputException("kind: '" + kind + "' is not a run kind; use one of "
          + String.join(", ", KINDS));
    }
    StrategyRuns.Kind strategy = StrategyRuns.of(kind);
    if (strategy != null) {
      options = StrategyRuns.flagOptions(strategy, options, files);
    }
    List<String> args = new ArrayList<>(strategy != null ? strategy.command() : switch (kind) {
      case "sg" -> List.of("solve", "--model", "sg");
      case "cm" -> List.of("solve", "--model", "cm");
      case "msg" -> List.of("solve");
      case "reserves" -> List.of("sourcing", "reserves", reserveModel(options));
      default -> List.of(kind);
    });
    String command = commandOf(args);
    CommandLine root = Main.commandLine(new StringWriter(), new StringWriter());
    CommandSpec spec = root.getCommandSpec();
    for (String part : args) {
      if (!part.startsWith("--") && spec.subcommands().containsKey(part)) {
        spec = spec.subcommands().get(part).getCommandSpec();
      }
    }
    boolean example = false;
    for (Map.Entry<String, Object> e : options.entrySet()) {
      String name = e.getKey();
      if (kind.equals("reserves") && name.equals("model")) {
        continue;
      }
      if (name.equals("model") && spec.name().equals("solve")) {
        throw new InvalidInputException("options.model: the run kind chooses the model; drop"
            + " 'model' and use kind sg, cm or msg");
      }
      OptionSpec o = OPTION_NAME.matcher(name).matches() ? spec.findOption("--" + name) : null;
      if (o == null || SERVICE_OWNED.contains(name)) {
        throw new InvalidInputException("options." + escape(name) + ": not an option of a "
            + kind + " run; the options are the flags of 'stockade " + command
            + " --help' without the dashes (format is set by the result URL)");
      }
      Class<?> type = o.type();
      if (Path.class.isAssignableFrom(type) || File.class.isAssignableFrom(type)) {
        throw new InvalidInputException("options." + name + ": the service takes no file"
            + " paths; " + (attachable(kind).contains(name)
            ? "send the file's content as files." + name + " of the run request"
            : "upload a network and give its id, or leave '" + name + "' out"));
      }
      example |= name.equals("example") || name.equals("generate");
      add(args, name, e.getValue(), o.arity().max() == 0);
    }
    List<String> attachable = attachable(kind);
    for (Map.Entry<String, Path> f : files.entrySet()) {
      if (!attachable.contains(f.getKey())) {
        throw new InvalidInputException("files." + escape(f.getKey()) + ": not a file of a "
            + kind + " run; " + (attachable.isEmpty() ? "it takes no files"
            : "it takes " + String.join(", ", attachable)));
      }
      if (strategy == null) {
        args.add("--" + f.getKey());
        args.add(f.getValue().toString());
      }
    }
    if (strategy != null) {
      StrategyRuns.addFiles(strategy, args, files);
    }
    if (withNetwork && example) {
      throw new InvalidInputException("options.example/generate: give either a network or an"
          + " example/generator, not both");
    }
    if (!withNetwork && !example && (kind.equals("msg"))) {
      args.add("--example");
      args.add("gm-two-tier");
    }
    String needs = networkKind(kind);
    if (needs != null && !withNetwork && !example && !kind.equals("msg")
        && !kind.equals("calibrate")) {
      throw new InvalidInputException("network: a " + kind + " run needs a network; give"
          + " network (an uploaded network's id) or options.example, e.g. "
          + (kind.equals("exposure") ? "{\"example\": \"tiers30\"}" : "{\"example\": \"gm\"}"));
    }
    args.add("--format");
    args.add("json");
    check(root, args);
    return List.copyOf(args);
  }

  /** Runs the command line {@code args} (from {@link #arguments}) in {@code ctx}. */
  public static Outcome execute(List<String> args, RunContext ctx) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(out, err);
    CommandLine.ParseResult pr;
    try {
      pr = cl.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
    List<CommandLine> chain = pr.asCommandLineList();
    Object command = chain.get(chain.size() - 1).getCommand();
    if (command instanceof Hosted h) {
      h.host(ctx);
    }
    @SuppressWarnings("unchecked")
    Callable<Integer> call = (Callable<Integer>) command;
    int code = call.call();
    cl.getOut().flush();
    cl.getErr().flush();
    return new Outcome(code, ctx.json(), ctx.csv(), out.toString(), err.toString());
  }

  /**
   * The options a run of {@code kind} takes, read from its command's picocli spec (so the API
   * description cannot drift from the CLI): flag name without the dashes to a JSON-schema
   * fragment ({@code type}, {@code description}, {@code default}). Leaves out what the service
   * refuses (file paths, {@code format}, {@code help}, ...).
   */
  public static Map<String, Map<String, Object>> optionSchemas(String kind) {
    StrategyRuns.Kind strategy = StrategyRuns.of(kind);
    List<String> words = strategy != null ? strategy.command() : switch (kind) {
      case "sg", "cm", "msg" -> List.of("solve");
      case "reserves" -> List.of("sourcing", "reserves", "base-stock");
      default -> List.of(kind);
    };
    CommandSpec root = Main.commandLine(new StringWriter(), new StringWriter()).getCommandSpec();
    List<OptionSpec> all = new ArrayList<>();
    for (List<String> path : kind.equals("reserves") ? RESERVE_MODELS.stream().map(m -> List.of(
        "sourcing", "reserves", m)).toList() : List.of(words)) {
      CommandSpec spec = root;
      for (String w : path) {
        spec = spec.subcommands().get(w).getCommandSpec();
      }
      all.addAll(spec.options());
    }
    Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
    if (kind.equals("reserves")) {
      out.put("model", Map.of("type", "string", "enum", RESERVE_MODELS, "description",
          "The reserve model (the MODEL of 'stockade sourcing reserves MODEL'); the other"
              + " options are those of that model."));
    }
    for (OptionSpec o : all) {
      String name = o.longestName().replaceFirst("^--?", "");
      Class<?> type = o.type();
      if (out.containsKey(name) || o.hidden() || SERVICE_OWNED.contains(name)
          || Path.class.isAssignableFrom(type)
          || File.class.isAssignableFrom(type) || (name.equals("model") && words.equals(
          List.of("solve"))) || !OPTION_NAME.matcher(name).matches()) {
        continue;
      }
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      String scalar = o.arity().max() == 0 ? "boolean"
          : List.of(int.class, Integer.class, long.class, Long.class).contains(
              o.isMultiValue() ? o.auxiliaryTypes()[0] : type) ? "integer"
          : List.of(double.class, Double.class).contains(type) ? "number" : "string";
      // text options take numbers too (a cost "1" or 1): the command parses them
      Object t = scalar.equals("string") ? List.of("string", "number") : scalar;
      if (o.isMultiValue()) {
        m.put("type", "array");
        m.put("items", Map.of("type", t));
      } else {
        m.put("type", t);
      }
      m.put("description", String.join(" ", o.description()).strip());
      if (o.defaultValue() != null && o.arity().max() > 0) {
        m.put("default", defaultOf(scalar, o.defaultValue()));
      }
      out.put(name, m);
    }
    return out;
  }

  private static Object defaultOf(String type, String value) {
    try {
      return switch (type) {
        case "integer" -> Long.parseLong(value);
        case "number" -> Double.parseDouble(value);
        default -> value;
      };
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static void check(CommandLine root, List<String> args) {
    try {
      root.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      String field = e.getArgSpec() instanceof OptionSpec o
          ? "options." + o.longestName().replaceFirst("^--?", "") + ": " : "";
      throw new InvalidInputException(field + e.getMessage(), e);
    }
  }

  private static String reserveModel(Map<String, Object> options) {
    Object m = options.get("model");
    String s = m == null ? null : String.valueOf(m).toLowerCase(Locale.ROOT);
    if (!RESERVE_MODELS.contains(s)) {
      throw new InvalidInputException("options.model: a reserves run needs model "
          + String.join(", ", RESERVE_MODELS) + (m == null ? "" : ", got '" + escape(
          String.valueOf(m)) + "'"));
    }
    return s;
  }

  private static void add(List<String> args, String name, Object value, boolean flag) {
    if (flag) {
      if (!(value instanceof Boolean)) {
        throw new InvalidInputException("options." + name + ": a switch, give true or false,"
            + " got " + escape(String.valueOf(value)));
      }
      if ((Boolean) value) {
        args.add("--" + name);
      }
      return;
    }
    if (value instanceof Collection<?> list) {
      for (Object v : list) {
        add(args, name, v, false);
      }
      return;
    }
    if (value == null || value instanceof Map<?, ?> || value instanceof Boolean) {
      throw new InvalidInputException("options." + name + ": give a number or text, got "
          + escape(String.valueOf(value)));
    }
    args.add("--" + name);
    args.add(String.valueOf(value));
  }

  private static String commandOf(List<String> args) {
    return String.join(" ", args.stream().filter(a -> !a.startsWith("--")
        && !List.of("sg", "cm").contains(a)).toList());
  }

  /** A value echoed in a message, with control characters escaped and at most 60 chars. */
  static String escape(String s) {
    String t = s.length() > 60 ? s.substring(0, 57) + "..." : s;
    StringBuilder b = new StringBuilder();
    for (char c : t.toCharArray()) {
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
