package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.stockade.model.Examples;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgProblem;
import org.stockade.uncertainty.UncertaintySpec;
import picocli.CommandLine;

class SolveCommandTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void solve_gmExampleAsJson_reportsTheLibraryOptimumAndAVerifiedCertificate() throws Exception {
    Run r = run("solve", "--example", "gm", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    double expected = new ConstraintGenerationSolver()
        .solve(new SgProblem(Examples.gm(), UncertaintySpec.empty().build(Examples.gm()), 0))
        .cost();
    assertThat(root.get("status").asText()).isEqualTo("OPTIMAL");
    assertThat(root.get("cost").asDouble()).isCloseTo(expected,
        org.assertj.core.data.Offset.offset(1e-6));
    assertThat(root.get("inventory")).hasSize(16);
    assertThat(root.get("certificate").size()).isPositive();
    assertThat(root.get("verification").get("ok").asBoolean()).isTrue();
    double sum = 0;
    for (JsonNode e : root.get("inventory")) {
      sum += e.get("inventory").asDouble();
    }
    assertThat(sum).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void solve_tableFormat_showsInventoryShareAndBindingWorstCases() {
    Run r = run("solve", "--example", "gm", "--design", "generalized:2", "--seed", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("OPTIMAL", "share of inventory on high-variability products",
        "binding worst cases", "V16", "verify    OK");
  }

  @Test
  void solve_csvFormat_hasOneRowPerProduct() {
    Run r = run("solve", "--example", "symmetric10", "--design", "k-chain:2", "--format", "csv",
        "--capacity-loss", "units:100");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(11).first().isEqualTo("product,group,mu,sigma,inventory");
  }

  private static void assertBadInput(Run r, String... fragments) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err()).contains(fragments).doesNotContain("Exception", "\tat ");
  }

  @Test
  void solve_badInputs_exitTwoWithMessagesNamingFieldAndValue() {
    assertBadInput(run("solve", "--example", "gm", "--alpha", "x"), "--alpha", "'x'");
    assertBadInput(run("solve", "--example", "gm", "--design", "zigzag"), "--design", "zigzag",
        "generalized:K");
    assertBadInput(run("solve", "--example", "gm", "--design", "k-chain:3"),
        "as many plants as products", "8 plants", "16 products");
    assertBadInput(run("solve", "--example", "gm", "--design", "generalized:9"),
        "1..6", "got 9");
    assertBadInput(run("solve", "--example", "gm", "--format", "xml"), "--format", "'xml'");
    assertBadInput(run("solve", "--example", "nowhere"), "--example", "nowhere", "gm");
    assertBadInput(run("solve"), "no network given", "--example gm");
    assertBadInput(run("solve", "--example", "gm", "--alpha", "none", "--gamma", "none"),
        "unbounded", "alpha", "gamma");
    assertBadInput(run("solve", "--example", "gm", "--service-level", "1.5"),
        "service level", "1.5", "(0, 1]");
    assertBadInput(run("solve", "--example", "gm", "--capacity-loss", "fraction:1.5"),
        "fraction", "1.5", "[0, 1]");
    assertBadInput(run("solve", "--example", "gm", "--capacity-loss", "meteor"),
        "meteor", "units:Z");
    assertBadInput(run("solve", "--example", "gm", "--delta", "-3"), "--delta", "-3");
    assertBadInput(run("solve", "--example", "gm", "--proof", "magic"), "--proof", "magic");
    assertBadInput(run("solve", "--example", "gm", "--bogus"), "Unknown option", "--bogus");
  }

  @Test
  void solve_closedFormSolverOnASymmetricChain_matchesConstraintGeneration() throws Exception {
    String[] base = {"solve", "--example", "symmetric10", "--design", "k-chain:3",
        "--capacity-loss", "plants:1", "--format", "json"};
    double cg = new ObjectMapper().readTree(run(base).out()).get("cost").asDouble();
    String[] closed = java.util.Arrays.copyOf(base, base.length + 2);
    closed[base.length] = "--solver";
    closed[base.length + 1] = "closed-form";
    Run r = run(closed);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("cost").asDouble()).isCloseTo(cg, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(root.get("message").asText()).contains("Proposition 1");
    assertThat(root.get("verification").get("ok").asBoolean()).isTrue();
    assertBadInput(run("solve", "--example", "gm", "--solver", "closed-form"),
        "as many plants as products");
  }

  @Test
  void help_describesTheModelAndOptionsForPlanners() {
    Run r = run("solve", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--design", "--capacity-loss", "--service-level", "--format",
        "lost sales", "Exit codes");
  }
}
