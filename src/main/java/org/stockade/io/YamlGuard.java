package org.stockade.io;

import java.io.StringReader;
import java.util.regex.Pattern;
import org.stockade.model.InvalidInputException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Checks YAML text for what the parser would read wrongly or slowly, before it is parsed:
 *
 * <ul>
 *   <li>a run of more than {@link #MAX_RUN} characters without a space or line break (the YAML
 *       scanner's time grows with the square of such a run: a 3 MB value took over 10 s);</li>
 *   <li>aliases ({@code *m}, also in merge keys {@code <<: *m}): the reader would see the text
 *       {@code m}, not the anchored value, so they are refused with their line;</li>
 *   <li>numbers YAML 1.1 reads in another base: {@code 0x10} (16), {@code 010} (8, octal),
 *       {@code 0b11} (3); write decimals, or quote ids such as {@code "007"}.</li>
 * </ul>
 *
 * The event scan runs only when the text contains one of the trigger characters, so ordinary
 * files are read once.
 */
public final class YamlGuard {
  /** Longest run of characters without a space, tab or line break in a YAML file. */
  public static final int MAX_RUN = 100_000;

  private static final Pattern TRIGGER = Pattern.compile("[&*]|(?<![\\w.])[-+]?0[0-9xXbBoO]");
  private static final Pattern OTHER_BASE =
      Pattern.compile("[-+]?0[xXbBoO][0-9a-fA-F_]+|[-+]?0[0-9_]+");

  private YamlGuard() {}

  /** Throws an {@link InvalidInputException} naming {@code file} and the line of the problem. */
  public static void check(String text, String file) {
    int run = 0;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        run = 0;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        run = 0;
      } else if (++run > MAX_RUN) {
        throw new InvalidInputException(file + ": line " + line + " has a value of more than "
            + MAX_RUN + " characters without a space, over the YAML length limit; shorten it,"
            + " or give the data as JSON (.json)");
      }
    }
    if (!TRIGGER.matcher(text).find()) {
      return;
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) InputFiles.MAX_BYTES);
    // per open collection: {1 if a mapping, entries seen}; the key of the value being read
    java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<String> keys = new java.util.ArrayDeque<>();
    try {
      for (Event e : new Yaml(options).parse(new StringReader(text))) {
        int at = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
        boolean node = e instanceof ScalarEvent || e instanceof AliasEvent
            || e.is(Event.ID.MappingStart) || e.is(Event.ID.SequenceStart);
        boolean isKey = false;
        if (node && !open.isEmpty()) {
          int[] top = open.peek();
          isKey = top[0] == 1 && top[1] % 2 == 0;
          top[1]++;
        }
        String key = keys.isEmpty() ? null : keys.peek();
        String field = key == null || key.isEmpty() ? "" : " ('" + key + "')";
        if (e instanceof AliasEvent a) {
          throw new InvalidInputException(file + ": line " + at + field + ": the YAML alias '*"
              + a.getAnchor() + "' is not supported (anchors & and aliases * are not"
              + " expanded); write the value out in full");
        }
        if (e instanceof ScalarEvent s) {
          if (isKey) {
            keys.pop();
            keys.push(s.getValue());
          } else if (s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
              && OTHER_BASE.matcher(s.getValue()).matches()) {
            throw new InvalidInputException(file + ": line " + at + field + ": '" + s.getValue()
                + "' is read by YAML as a hexadecimal, octal or binary number; write numbers"
                + " in plain decimal (e.g. 16, 10), and quote ids that start with 0 (e.g."
                + " \"007\")");
          }
        } else if (e.is(Event.ID.MappingStart) || e.is(Event.ID.SequenceStart)) {
          boolean mapping = e.is(Event.ID.MappingStart);
          open.push(new int[] {mapping ? 1 : 0, 0});
          keys.push(mapping ? "" : key == null ? "" : key);
        } else if (e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd)) {
          open.pop();
          keys.pop();
        }
      }
    } catch (YAMLException e) {
      // syntax errors are reported, with line and column, by the parser that follows
    }
  }
}
