package org.stockade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.stockade.costmin.CmOptions;
import org.stockade.costmin.CmProblem;
import org.stockade.costmin.CmResult;
import org.stockade.costmin.CmSolver;
import org.stockade.costmin.CmStatus;
import org.stockade.costmin.CostModel;
import org.stockade.exposure.ExposureResult;
import org.stockade.exposure.ExposureSolver;
import org.stockade.exposure.Scenario;
import org.stockade.exposure.SupplyNetwork;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioModel;
import org.stockade.sourcing.DemandDistribution;
import org.stockade.sourcing.DualSourcingProblem;
import org.stockade.sourcing.SimulationOptions;
import org.stockade.sourcing.SourcingAnalysis;
import org.stockade.stochastic.CuttingPlaneSolver;
import org.stockade.stochastic.SaaOptions;
import org.stockade.stochastic.SaaProblem;
import org.stockade.stochastic.SaaResult;
import org.stockade.stochastic.SaaStatus;
import org.stockade.stochastic.ServiceTarget;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * Every solver loop that takes a {@link CancelToken} stops promptly once it is cancelled and
 * says so in its status, and a never-cancelled token changes nothing.
 */
class CancelTokenSolversTest {
  private static CancelToken cancelled() {
    CancelToken t = CancelToken.create();
    t.cancel();
    return t;
  }

  @Test
  void cmSolver_cancelledToken_returnsCancelledAtOnce() {
    Network gm = Examples.gm();
    CmProblem p = new CmProblem(gm, UncertaintySpec.empty().build(gm),
        CostModel.uniform(10, 1, 0), Double.POSITIVE_INFINITY);
    CmResult r = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> new CmSolver().solve(p, CmOptions.defaults().withCancel(cancelled())));
    assertThat(r.status()).isEqualTo(CmStatus.CANCELLED);
    assertThat(CmOptions.defaults().cancel()).isSameAs(CancelToken.never());
  }

  @Test
  void saaCuttingPlanes_cancelledToken_returnsCancelled() {
    Network gm = Examples.gm();
    SaaProblem p = new SaaProblem(gm, ScenarioGenerator.generate(ScenarioModel.paper(gm, 0.1),
        50, 1), ServiceTarget.fillRate(0.95));
    SaaResult r = new CuttingPlaneSolver().solve(p, SaaOptions.defaults()
        .withCancel(cancelled()));
    assertThat(r.status()).isEqualTo(SaaStatus.CANCELLED);
  }

  @Test
  void exposureSolver_cancelledToken_solvesNoScenario() {
    SupplyNetwork net = org.stockade.cli.TestAccess.tiers30();
    ExposureResult r = new ExposureSolver().solve(net, Scenario.singles(net),
        new ExposureSolver.Options(ExposureSolver.Method.RESTRICTED, 1, null)
            .withStop(null, cancelled()));
    assertThat(r.failedCount()).isEqualTo(r.scenarios().size());
    assertThat(r.scenarios().get(0).message()).contains("cancelled");
  }

  @Test
  void sourcingAnalysis_cancelledToken_isMarkedStopped() {
    DualSourcingProblem p = new DualSourcingProblem(DemandDistribution.parse("uniform:0:4"), 0,
        2, 105, 100, 5, 495, false);
    SourcingAnalysis a = SourcingAnalysis.run(p, new SimulationOptions(1, 500, 0), false, null,
        cancelled());
    assertThat(a.stopped()).isTrue();
    assertThat(a.dpNote()).contains("cancelled");
  }
}
