package org.stockade.cli;

import static org.stockade.cli.Sweep.bad;
import static org.stockade.cli.SweepFiles.text;
import static org.stockade.cli.SweepFiles.variant;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile files for every reader: devices, FIFOs, directories, files over the size limit,
 * binary junk, empty files, YAML aliases and long values, broken workbooks. One line per case.
 */
class HostileFileSweepTest {
  /** Commands that read one input file, with the option that takes it. */
  static final String[] READERS = {"solve", "solve --model cm", "tts --budget 1", "compare "
      + "--samples 5 --test-samples 5 --no-progress", "exposure --no-progress", "sourcing"};

  static List<Sweep.Case> fileTypeCases() {
    List<Sweep.Case> out = new ArrayList<>();
    for (String r : READERS) {
      String yaml = r.startsWith("sourcing") ? "yaml" : "yaml";
      out.add(bad(r + " @zero." + yaml, "zero." + yaml, "not a regular file"));
      out.add(bad(r + " @fifo." + yaml, "fifo." + yaml, "not a regular file"));
      out.add(bad(r + " @huge." + yaml, "huge." + yaml, "64 MB"));
      out.add(bad(r + " @huge.json", "huge.json", "64 MB"));
      out.add(bad(r + " @junk." + yaml, "junk." + yaml, "UTF-8"));
      out.add(bad(r + " @long-value.yaml", "long-value.yaml", "100000 characters"));
      out.add(bad(r + " @no-such-file.yaml", "no-such-file.yaml", "not found"));
    }
    out.add(bad("sourcing @dir.yaml", "dir.yaml", "directory"));
    out.add(bad("exposure --no-progress @zero.xlsx", "zero.xlsx", "not a regular file"));
    out.add(bad("exposure --no-progress @dir.xlsx", "dir.xlsx"));
    out.add(bad("solve @zero.json", "zero.json", "not a regular file"));
    out.add(bad("solve @empty.json", "empty.json"));
    out.add(bad("solve @junk.json", "junk.json", "UTF-8"));
    out.add(bad("solve @fifo.csv", "fifo.csv"));
    out.add(bad("compare --example gm --samples 5 --no-progress --test-scenarios @fifo.csv",
        "fifo.csv", "not a regular file"));
    out.add(bad("compare --example gm --samples 5 --no-progress --test-scenarios @zero.yaml",
        "zero.yaml", "not a regular file"));
    out.add(bad("compare --example gm --samples 5 --no-progress --test-scenarios @huge.yaml",
        "huge.yaml", "64 MB"));
    out.add(bad("compare --example gm --samples 5 --no-progress --train-scenarios @dir.yaml",
        "dir.yaml", "directory"));
    return out;
  }

  static List<Sweep.Case> workbookCases() {
    return List.of(
        bad("exposure --no-progress @empty.xlsx", "empty.xlsx", "empty"),
        bad("exposure --no-progress @text.xlsx", "text.xlsx", ".xlsx"),
        bad("exposure --no-progress @xxe.xlsx", "xxe.xlsx"),
        bad("exposure --no-progress @bomb.xlsx", "bomb.xlsx"),
        bad("exposure --no-progress @div0.xlsx", "capacity", "#DIV/0!"),
        bad("exposure --no-progress @no-edges.xlsx", "edges"));
  }

  static List<Sweep.Case> yamlCases() {
    String alias = "gm.yaml";
    return List.of(
        bad("solve " + variant("alias-mu.yaml", alias, "mu: 320, sigma: 160",
            "mu: &m 320, sigma: *m"), "alias", "*m", "sigma"),
        bad("solve " + variant("merge.yaml", alias, "  - \\{id: P1, capacity: 380\\}",
            "  - &p {id: P1, capacity: 380}\n  - {<<: *p, id: P9}"), "*p"),
        bad("solve " + variant("hex-cap.yaml", alias, "capacity: 380", "capacity: 0x17C"),
            "0x17C", "capacity"),
        bad("solve " + variant("octal-cap.yaml", alias, "capacity: 380", "capacity: 0574"),
            "0574", "capacity"),
        bad("solve " + variant("binary-mu.yaml", alias, "mu: 320", "mu: 0b101"), "0b101", "mu"),
        bad("solve " + variant("id-007.yaml", alias, "id: P1,", "id: 007,"), "007"),
        bad("solve " + variant("dup-id.yaml", alias, "id: V1,", "id: P1,"), "P1", "plant"),
        bad("solve " + variant("alpha-huge.yaml", alias, "alpha: 2", "alpha: 1e300"), "alpha",
            "1e6"),
        bad("solve " + variant("alpha-big.yaml", alias, "alpha: 2", "alpha: 2e6"), "alpha"),
        bad("solve " + variant("gamma-huge.yaml", alias, "gamma: none", "gamma: 1e300"),
            "gamma"),
        bad("solve " + variant("plants-half.yaml", alias, "loss: fraction, zeta: 0.1",
            "loss: plants, zeta: 1.5"), "zeta", "whole number"),
        bad("solve " + variant("delta-huge.yaml", alias, "delta: 0", "delta: 1e308"), "delta"),
        bad("solve " + text("trailing.yaml", "plants: [{id: P1, capacity: 1}]\n---\nx: 1\n"),
            "trailing.yaml"),
        bad("solve " + text("tabs.yaml", "plants:\n\t- {id: P1, capacity: 1}\n"), "tabs.yaml"),
        bad("solve " + text("scalar.yaml", "just text\n"), "scalar.yaml"),
        bad("solve " + text("list.yaml", "- 1\n- 2\n"), "list.yaml"),
        bad("exposure --no-progress " + variant("exp-alias.yaml", "tiers30.yaml",
            "capacity: 900", "capacity: &c 900, x: *c"), "*c"),
        bad("exposure --no-progress " + variant("exp-hex.yaml", "tiers30.yaml",
            "ttr: 6", "ttr: 0x6"), "ttr", "0x6"),
        bad("exposure --no-progress " + variant("exp-quantity-tiny.yaml", "tiers30.yaml",
            "quantity: 1.5", "quantity: 1e-300"), "quantity", "1e-9"),
        bad("exposure --no-progress " + variant("exp-quantity-1e-7.yaml", "tiers30.yaml",
            "quantity: 1.5", "quantity: 1e-7"), "quantity", "1e-6"),
        bad("exposure --no-progress " + variant("exp-quantity-1e7.yaml", "tiers30.yaml",
            "quantity: 1.5", "quantity: 1e7"), "quantity", "1e6"),
        bad("exposure --no-progress " + variant("exp-ttr-1e7.yaml", "tiers30.yaml",
            "ttr: 6", "ttr: 1e7"), "ttr", "1e6"),
        bad("sourcing " + SweepFiles.sourcing("src-alias.yaml", "cr: &c 100", "ce: *c"), "*c"),
        bad("sourcing " + SweepFiles.sourcing("src-hex.yaml", "lr: 0x2"), "0x2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileTypeCases")
  void nonRegularHugeOrJunkFile_isRefusedBeforeReading(Sweep.Case k) {
    Sweep.check(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbookCases")
  void brokenWorkbook_plainMessageWithoutPoiInternals(Sweep.Case k) {
    Sweep.check(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yamlCases")
  void yamlTraps_areRefusedNamingTheLineOrField(Sweep.Case k) {
    Sweep.check(k);
  }
}
