package org.stockade.cli;

import static org.stockade.cli.Sweep.bad;
import static org.stockade.cli.SweepFiles.csvVariant;
import static org.stockade.cli.SweepFiles.sourcing;
import static org.stockade.cli.SweepFiles.variant;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field x value part of the bad-input sweep: every numeric field of every input format
 * (problem YAML/JSON/CSV, multi-stage YAML, exposure YAML/CSV, costs, dual-sourcing instances)
 * set to each hostile value. A field is one line of {@code FIELDS_*}, a value one line of
 * {@code VALUES_*}; each combination must exit 2 naming the field and the value's problem.
 */
class FileFieldSweepTest {
  /** {value as written, fragment the message must contain}. */
  static final String[][] YAML_VALUES = {
      {"1e308", "1e9"}, {"-5", "-5"}, {"1e-300", "1e-9"}, {".nan", ".nan"}, {".inf", ".inf"},
      {"abc", "'abc'"}, {"0x10", "0x10"}, {"010", "010"}, {"[1, 2]", "[1,2]"},
      {"'1e10'", "1e9"}};
  static final String[][] JSON_VALUES = {
      {"1e308", "1e9"}, {"-5", "-5"}, {"1e-300", "1e-9"}, {"NaN", "NaN"}, {"\"abc\"", "'abc'"},
      {"\"0x10\"", "0x10"}, {"[1, 2]", "[1,2]"}, {"1e10", "1e9"}};
  static final String[][] CSV_VALUES = {
      {"1e308", "1e9"}, {"-5", "-5"}, {"1e-300", "1e-9"}, {"NaN", "NaN"}, {"abc", "'abc'"},
      {"0x10", "0x10"}, {"1e10", "1e9"}};

  /** {case-name, example, regex matching "field: value", field, replacement prefix}. */
  static final String[][] YAML_FIELDS = {
      {"gm-mu", "gm.yaml", "mu: 320", "mu", "solve"},
      {"gm-sigma", "gm.yaml", "sigma: 160", "sigma", "solve"},
      {"gm-capacity", "gm.yaml", "capacity: 380", "capacity", "solve"},
      {"gm-zeta", "gm.yaml", "zeta: 0.1", "zeta", "solve"},
      {"cm-underage", "small-cm.yaml", "underage: 10", "underage", "solve --model cm"},
      {"cm-production", "small-cm.yaml", "production: 0.5", "production", "solve --model cm"},
      {"msg-capacity", "gm-two-tier.yaml", "capacity: 450", "capacity", "solve"},
      {"msg-mu", "gm-two-tier.yaml", "mu: 320", "mu", "solve"},
      {"exp-capacity", "tiers30.yaml", "capacity: 900", "capacity", "exposure --no-progress"},
      {"exp-inventory", "tiers30.yaml", "inventory: 500", "inventory", "exposure --no-progress"},
      {"exp-ttr", "tiers30.yaml", "ttr: 6", "ttr", "exposure --no-progress"},
      {"exp-margin", "tiers30.yaml", "margin: 3000", "margin", "exposure --no-progress"},
      {"exp-demand", "tiers30.yaml", "demand: 40", "demand", "exposure --no-progress"},
      {"exp-quantity", "tiers30.yaml", "quantity: 1.5", "quantity", "exposure --no-progress"}};
  static final String[][] JSON_FIELDS = {
      {"gmj-mu", "gm.json", "\"mu\": 320", "mu", "solve"},
      {"gmj-sigma", "gm.json", "\"sigma\": 160", "sigma", "solve"},
      {"gmj-capacity", "gm.json", "\"capacity\": 380", "capacity", "solve"}};
  /** {case-name, example dir, file, regex, field, command}. */
  static final String[][] CSV_FIELDS = {
      {"gmc-mu", "gm-csv", "products.csv", "V1,320,", "mu", "solve"},
      {"gmc-capacity", "gm-csv", "plants.csv", "P1,380", "capacity", "solve"},
      {"expc-ttr", "tiers30-csv", "nodes.csv", "ore,supplier,900,,500,6,", "ttr",
          "exposure --no-progress"}};

  static List<Sweep.Case> yamlCases() {
    List<Sweep.Case> out = new ArrayList<>();
    for (String[] f : YAML_FIELDS) {
      for (int k = 0; k < YAML_VALUES.length; k++) {
        String[] v = YAML_VALUES[k];
        String file = variant(f[0] + "-" + k + ".yaml", f[1], f[2],
            f[3] + ": " + java.util.regex.Matcher.quoteReplacement(v[0]));
        out.add(bad(f[4] + " " + file, f[3], v[1]));
      }
    }
    return out;
  }

  static List<Sweep.Case> jsonCases() {
    List<Sweep.Case> out = new ArrayList<>();
    for (String[] f : JSON_FIELDS) {
      for (int k = 0; k < JSON_VALUES.length; k++) {
        String[] v = JSON_VALUES[k];
        String file = variant(f[0] + "-" + k + ".json", f[1], f[2], "\"" + f[3] + "\": "
            + java.util.regex.Matcher.quoteReplacement(v[0]));
        out.add(bad(f[4] + " " + file, f[3], v[1]));
      }
    }
    return out;
  }

  static List<Sweep.Case> csvCases() {
    List<Sweep.Case> out = new ArrayList<>();
    for (String[] f : CSV_FIELDS) {
      for (int k = 0; k < CSV_VALUES.length; k++) {
        String[] v = CSV_VALUES[k];
        String[] cells = f[3].split(",", -1);
        int col = f[4].equals("ttr") ? 5 : 1;
        cells[col] = v[0];
        String dir = csvVariant(f[0] + "-" + k, f[1], f[2], f[3], String.join(",", cells));
        out.add(bad(f[5] + " " + dir, f[4], v[1]));
      }
    }
    return out;
  }

  static List<Sweep.Case> sourcingCases() {
    List<Sweep.Case> out = new ArrayList<>();
    String[][] values = {{"1e308", "1e308"}, {"-5", "-5"}, {"abc", "abc"}, {".nan", "nan"},
        {"[1, 2]", "[1, 2]"}};
    for (String field : new String[] {"lr", "cr", "ce", "h", "b"}) {
      for (int k = 0; k < values.length; k++) {
        out.add(bad("sourcing " + sourcing("src-" + field + "-" + k + ".yaml", field + ": "
            + values[k][0]), field));
      }
    }
    for (String d : new String[] {"uniform:0:2147483647", "uniform:5:1", "poisson:1e308",
        "pmf:0.5,0.6", "pmf:abc", "zipf:2", "uniform:0:100000"}) {
      out.add(bad("sourcing " + sourcing("src-demand-" + d.replace(':', '_') + ".yaml",
          "demand: " + d), "demand"));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yamlCases")
  void yamlField_hostileValue_exitTwoNamingTheField(Sweep.Case k) {
    Sweep.check(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonCases")
  void jsonField_hostileValue_exitTwoNamingTheField(Sweep.Case k) {
    Sweep.check(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvCases")
  void csvField_hostileValue_exitTwoNamingTheField(Sweep.Case k) {
    Sweep.check(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourcingCases")
  void sourcingField_hostileValue_exitTwoNamingTheField(Sweep.Case k) {
    Sweep.check(k);
  }
}
