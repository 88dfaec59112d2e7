package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.calibration.Backtest;
import org.stockade.calibration.DemandHistory;
import org.stockade.calibration.MissingPolicy;
import org.stockade.io.HistoryReader;
import org.stockade.io.ProblemDefinition;
import org.stockade.io.ProblemLoader;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;

class CalibrateCommandTest {
  private static final String DEMAND = "examples/gm-history/demand.csv";
  private static final String OUTAGES = "examples/gm-history/outages.csv";

  @TempDir
  Path dir;

  private static JsonNode json(String... args) throws Exception {
    return new ObjectMapper().readTree(ok(args).out());
  }

  private static SolveCommandTest.Run ok(String... args) {
    SolveCommandTest.Run r = SolveCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return r;
  }

  private static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
  }

  @Test
  void calibrate_shippedHistory_writesAProblemThatRoundTripsThroughTheLoaderAndSolve()
      throws Exception {
    Path out = dir.resolve("calibrated.yaml");
    JsonNode o = json("calibrate", "--demand", DEMAND, "--outages", OUTAGES, "--example", "gm",
        "--out", out.toString(), "--format", "json");
    JsonNode fit = o.get("fit");
    ProblemDefinition def = ProblemLoader.load(out);
    close(def.uncertainty().alpha(), fit.get("alpha").asDouble());
    close(def.uncertainty().beta(), fit.get("beta").asDouble());
    close(def.uncertainty().gamma(), fit.get("gamma").asDouble());
    assertThat(def.uncertainty().aggregate()).isEqualTo(AggregateForm.UNSTANDARDIZED);
    assertThat(def.uncertainty().capacityLoss()).isEqualTo(CapacityLossKind.FRACTION);
    close(def.uncertainty().zeta(), fit.get("capacity").get("zeta").asDouble());
    Network n = def.network();
    assertThat(n.arcs()).isEqualTo(Examples.gm().arcs());
    for (int j = 0; j < 16; j++) {
      JsonNode p = fit.get("products").get(j);
      assertThat(n.product(j).id()).isEqualTo(p.get("product").asText());
      close(n.product(j).mu(), p.get("mu").asDouble());
      close(n.product(j).sigma(), p.get("sigma").asDouble());
      // JSON numbers carry 12 significant digits (docs/output.md), hence the 1e-9 tolerances
    // plain estimator: mu and sigma are the mean and standard deviation of the history
      close(p.get("mu").asDouble(), p.get("mean").asDouble());
    }
    // in sample the demand set holds at least ceil(157 * 0.95) = 150 of the 156 periods and
    // the capacity budget ceil(49 * 0.95) = 47 of the 48 outage periods (each calibrated
    // alone: the joint share may be lower, and is reported beside them)
    JsonNode in = o.get("coverage").get("in_sample");
    assertThat(in.get("demand").get("covered").asInt()).isGreaterThanOrEqualTo(150);
    assertThat(in.get("demand").get("periods").asInt()).isEqualTo(156);
    assertThat(in.get("capacity_outage_periods").get("periods").asInt()).isEqualTo(48);
    assertThat(in.get("capacity_outage_periods").get("covered").asInt())
        .isGreaterThanOrEqualTo(47);
    // the set the file describes, rebuilt by the loader, holds exactly the periods counted
    DemandHistory h = DemandHistory.of(HistoryReader.readDemand(Path.of(DEMAND), null),
        MissingPolicy.ERROR).reorder(n.products().stream().map(p -> p.id()).toList(), "gm");
    double[][] shares = HistoryReader.readOutages(Path.of(OUTAGES)).lossShares(h,
        n.plants().stream().map(p -> p.id()).toList());
    double[][] caps = Backtest.capacities(n.capacities(), shares, h.periods());
    org.stockade.uncertainty.UncertaintySet u = def.uncertainty().build(n);
    int demandIn = 0;
    int jointIn = 0;
    for (int t = 0; t < h.periods(); t++) {
      boolean d = u.demand().violation(h.demand()[t], 1e-9) == null;
      demandIn += d ? 1 : 0;
      jointIn += d && u.capacity().violation(caps[t], 1e-9) == null ? 1 : 0;
    }
    assertThat(demandIn).isEqualTo(in.get("demand").get("covered").asInt());
    assertThat(jointIn).isEqualTo(in.get("joint").get("covered").asInt());
    // solve reads the file and proves the optimum; same cost as the library on the loaded set
    JsonNode solved = json("solve", out.toString(), "--format", "json");
    assertThat(solved.get("status").asText()).isEqualTo("OPTIMAL");
    double lib = new ConstraintGenerationSolver().solve(new SgProblem(n,
        def.uncertainty().build(n), 0.0), SgOptions.defaults()).cost();
    assertThat(solved.get("cost").asDouble()).isCloseTo(lib, within(1e-6 * lib));
  }

  @Test
  void calibrate_malformedRows_exit2WithLineAndColumnOfEach() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "period,product,quantity\n1,V1,10\n2,V1,ten\n3,V1,-4\n");
    SolveCommandTest.Run r = SolveCommandTest.run("calibrate", "--demand", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("line 3, column 'quantity': 'ten' is not a number")
        .contains("line 4, column 'quantity': '-4' must be a number").doesNotContain("at org.");
    Path badOut = dir.resolve("o.csv");
    Files.writeString(badOut, "plant,start,end,fraction\nP1,3,2,1\nP9,1,1,1\n");
    SolveCommandTest.Run s = SolveCommandTest.run("calibrate", "--demand", DEMAND, "--outages",
        badOut.toString(), "--example", "gm");
    assertThat(s.exit()).isEqualTo(2);
    assertThat(s.err()).contains("line 2, column 'end': end 2 is before start 3");
  }

  @Test
  void calibrate_missingPeriods_errorByDefault_zeroOrDropOnRequest() throws Exception {
    Path gap = dir.resolve("gap.csv");
    StringBuilder sb = new StringBuilder("period,A,B\n");
    for (int t = 1; t <= 40; t++) {
      if (t != 17) {
        sb.append(t).append(',').append(100 + (t * 37) % 23).append(',')
            .append(t == 30 ? "" : String.valueOf(50 + (t * 11) % 17)).append('\n');
      }
    }
    Files.writeString(gap, sb.toString());
    SolveCommandTest.Run r = SolveCommandTest.run("calibrate", "--demand", gap.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("17/A").contains("30/B").contains("--missing zero");
    JsonNode zero = json("calibrate", "--demand", gap.toString(), "--missing", "zero",
        "--format", "json");
    assertThat(zero.get("history").get("periods").asInt()).isEqualTo(40);
    assertThat(zero.get("history").get("missing_values").asInt()).isEqualTo(3);
    JsonNode drop = json("calibrate", "--demand", gap.toString(), "--missing", "drop",
        "--format", "json");
    assertThat(drop.get("history").get("periods").asInt()).isEqualTo(38);
    assertThat(drop.get("history").get("affected_periods").toString()).contains("17", "30");
  }

  @Test
  void calibrate_withoutNetwork_usesThePlantsForm_andOutNeedsANetwork() throws Exception {
    JsonNode o = json("calibrate", "--demand", DEMAND, "--outages", OUTAGES, "--format", "json");
    assertThat(o.get("fit").get("capacity").get("loss").asText()).isEqualTo("plants");
    SolveCommandTest.Run r = SolveCommandTest.run("calibrate", "--demand", DEMAND, "--out",
        dir.resolve("x.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--out needs the network");
  }

  @Test
  void frontier_gm_costGrowsWithTheTarget_andBacktestsReplayTheHeldOutHistory()
      throws Exception {
    JsonNode o = json("calibrate", "--demand", DEMAND, "--outages", OUTAGES, "--example", "gm",
        "--frontier", "--grid", "0.6,0.8,0.95", "--format", "json", "--charts", dir.toString());
    JsonNode f = o.get("frontier");
    JsonNode pts = f.get("points");
    assertThat(pts).hasSize(3);
    Network gm = Examples.gm();
    DemandHistory h = DemandHistory.of(HistoryReader.readDemand(Path.of(DEMAND), null),
        MissingPolicy.ERROR).reorder(gm.products().stream().map(p -> p.id()).toList(), "gm");
    int train = f.get("train_periods").asInt();
    assertThat(train).isEqualTo(109);
    double[][] shares = HistoryReader.readOutages(Path.of(OUTAGES)).lossShares(h,
        gm.plants().stream().map(p -> p.id()).toList());
    double[][] testD = java.util.Arrays.copyOfRange(h.demand(), train, h.periods());
    double[][] testC = Backtest.capacities(gm.capacities(),
        java.util.Arrays.copyOfRange(shares, train, h.periods()), testD.length);
    double prev = 0;
    for (JsonNode p : pts) {
      assertThat(p.get("status").asText()).isEqualTo("OPTIMAL");
      double cost = p.get("cost").asDouble();
      assertThat(cost).isGreaterThanOrEqualTo(prev - 1e-6); // nested sets
      prev = cost;
      double[] r = new double[16];
      for (int j = 0; j < 16; j++) {
        r[j] = p.get("inventory").get("V" + (j + 1)).asDouble();
      }
      Backtest b = Backtest.replay(gm, r, testD, testC);
      assertThat(p.get("backtest").get("lost_sales").asDouble())
          .isCloseTo(b.totalLost(), within(1e-6));
      assertThat(p.get("backtest").get("periods").asInt()).isEqualTo(47);
    }
    JsonNode st = f.get("backtest");
    assertThat(st).hasSize(5);
    double saaTotal = st.get(1).get("total_inventory").asDouble();
    for (int k = 2; k < 5; k++) {
      assertThat(st.get(k).get("total_inventory").asDouble())
          .isCloseTo(saaTotal, within(1e-6 * saaTotal));
    }
    assertThat(f.get("saa").get("status").asText()).isEqualTo("OPTIMAL");
    assertThat(Files.exists(dir.resolve("calibrate-cost-vs-coverage.png"))).isTrue();
  }

  @Test
  void generate_thenRead_givesTheSameSeededHistory() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("calibrate", "generate", "--example", "gm",
        "--periods", "30", "--seed", "7", "--out", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    DemandHistory h = DemandHistory.of(HistoryReader.readDemand(dir.resolve("demand.csv"),
        null), MissingPolicy.ERROR);
    double[][] again = org.stockade.calibration.HistoryGenerator.generate(Examples.gm(),
        org.stockade.calibration.HistoryGenerator.Spec.disrupted(30), 7).demand();
    assertThat(h.periods()).isEqualTo(30);
    for (int t = 0; t < 30; t++) {
      assertThat(h.demand()[t]).containsExactly(again[t]);
    }
    // the shipped example is the 156-period history of seed 7
    List<String> shipped = Files.readAllLines(Path.of(DEMAND));
    assertThat(shipped.get(0)).contains("seed 7");
  }
}
