package org.stockade.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.model.Network;
import org.stockade.report.Variability;
import org.stockade.robust.EnumerationSolver;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

class GmStudyTest {
  @Test
  void run_everyCell_isRegenerableFromItsSeedAndMatchesEnumeration() {
    GmStudy.Settings s = new GmStudy.Settings(2, 77, UncertaintySpec.empty(), 2, true);
    List<GmStudy.Cell> cells = GmStudy.run(s, n -> { });
    assertThat(cells).hasSize(GmStudy.jobCount(s));
    for (GmStudy.Cell c : cells) {
      Network n = GmStudy.instanceNetwork(c.seed(), c.design());
      assertThat(n.arcs()).hasSize(c.arcs());
      assertThat(Variability.highVariability(n)).as("8 of 16 high").satisfies(h -> {
        int count = 0;
        for (boolean b : h) {
          count += b ? 1 : 0;
        }
        assertThat(count).isEqualTo(8);
      });
      UncertaintySpec cap = new UncertaintySpec(null, null, null, null, null, null,
          c.capacity().equals("uncertain") ? CapacityLossKind.FRACTION
              : CapacityLossKind.DETERMINISTIC, 0.1, null, null);
      SgResult exact = new EnumerationSolver().solve(new SgProblem(n,
          UncertaintySpec.empty().overriddenBy(cap).build(n), 0));
      assertThat(c.cost()).as(c.toString()).isCloseTo(exact.cost(), Offset.offset(1e-6 * exact.cost()));
      assertThat(c.highShareMin()).isLessThanOrEqualTo(c.highShare() + 1e-7);
      assertThat(c.highShareMax()).isGreaterThanOrEqualTo(c.highShare() - 1e-7);
    }
  }

  @Test
  void summary_fullFlexibilityCostsTheSameUnderBothCapacityVariants() {
    // paper §4: same worst-case total capacity, so full flexibility costs the same in Tables 1-2
    GmStudy.Settings s = new GmStudy.Settings(3, 5, UncertaintySpec.empty(), 2, false);
    GmSummary sum = GmSummary.of(GmStudy.run(s, n -> { }));
    double[] full = sum.rows().stream().filter(r -> r.design().equals("full"))
        .mapToDouble(r -> r.cost().mean()).toArray();
    assertThat(full).hasSize(2);
    assertThat(full[0]).isCloseTo(full[1], Offset.offset(1e-6 * full[0]));
    double base = sum.rows().stream().filter(r -> r.design().equals("base")
        && r.capacity().equals("uncertain")).findFirst().orElseThrow().cost().mean();
    assertThat(base).isGreaterThan(full[0]);
  }
}
