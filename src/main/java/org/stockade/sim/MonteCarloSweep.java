package org.stockade.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.stockade.flow.BipartiteMaxFlow;
import org.stockade.flow.LostSales;
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.sweep.Column;
import org.stockade.sweep.PerJvm;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepFunction;
import org.stockade.sweep.SweepResult;
import org.stockade.sweep.SweepRow;
import org.stockade.sweep.SweepTask;

/**
 * Monte Carlo evaluation ({@link MonteCarlo}) as a {@link Sweep} of scenario blocks. Block
 * {@code b} holds scenarios {@code b*BLOCK .. min(N, (b+1)*BLOCK) - 1} and draws them from the
 * xoroshiro128++ stream seeded with {@code seed} and jumped {@code b} times, exactly as
 * {@link ScenarioGenerator} does, so the scenarios (and lost sales {@code L(r, d^n, c^n)} by
 * max-flow, spec section 2) are those of {@code ScenarioGenerator.generate(model, N, seed)}
 * whatever engine runs the blocks, and no block needs the scenarios in memory at once.
 *
 * <p>A block's row holds its sufficient statistics: count, {@code sum L}, {@code sum L^2},
 * {@code sum D}, the number with {@code L > 0} and {@code max L}; {@link #summary} adds them in
 * block order into the mean lost sales with its 95% half-width {@code z s / sqrt(N)}, the
 * aggregate fill rate {@code 1 - sum L / sum D} and the probability of a loss (quantiles need
 * every scenario and are left to {@link MonteCarlo}).
 */
public final class MonteCarloSweep {
  private MonteCarloSweep() {}

  /** Block {@code id} of the run with seed {@code seed}. */
  public record Block(long id, long seed) implements SweepTask {}

  /**
   * Lost sales of one block. Holds the network as records and rebuilds its max-flow network
   * once per JVM under {@code key}.
   *
   * @param scenarios N, the total over all blocks
   */
  public record Function(String key, String name, List<Plant> plants, List<Product> products,
      List<Arc> arcs, double[] inventory, ScenarioModel model, int scenarios)
      implements SweepFunction<Block> {
    public Function {
      plants = List.copyOf(plants);
      products = List.copyOf(products);
      arcs = List.copyOf(arcs);
      inventory = inventory.clone();
    }

    @Override
    public List<Column> columns() {
      return List.of(Column.ofLong("first"), Column.ofLong("count"), Column.ofDouble("sum_lost"),
          Column.ofDouble("sum_sq_lost"), Column.ofDouble("sum_demand"), Column.ofLong("positive"),
          Column.ofDouble("max_lost"));
    }

    @Override
    public List<Object> apply(Block t) {
      int block = ScenarioGenerator.BLOCK;
      long blocks = (scenarios + (long) block - 1) / block;
      if (t.id() < 0 || t.id() >= blocks) {
        throw new InvalidInputException("block " + t.id() + " is outside 0.." + (blocks - 1)
            + " for " + scenarios + " scenarios of " + block);
      }
      Network n = PerJvm.get(key, () -> {
        Network net = new Network(name, plants, products, arcs);
        model.requireFits(net);
        LostSales.evaluate(net, inventory, new double[net.productCount()], model.capacity()); // r ok
        return net;
      });
      int b = (int) t.id();
      int from = b * block;
      int to = (int) Math.min(scenarios, (long) (b + 1) * block);
      int p = model.products();
      int m = model.plants();
      double[] demand = new double[(to - from) * p];
      double[] capacity = new double[(to - from) * m];
      ScenarioGenerator.fill(model, ScenarioGenerator.stream(t.seed(), b), 0, to - from,
          demand, capacity);
      BipartiteMaxFlow flow = new BipartiteMaxFlow(n);
      double sumL = 0;
      double sumL2 = 0;
      double sumD = 0;
      long positive = 0;
      double max = 0;
      for (int k = 0; k < to - from; k++) {
        double[] d = Arrays.copyOfRange(demand, k * p, (k + 1) * p);
        double[] c = Arrays.copyOfRange(capacity, k * m, (k + 1) * m);
        double l = flow.solve(inventory, d, c);
        double total = 0;
        for (double x : d) {
          total += x;
        }
        sumL += l;
        sumL2 += l * l;
        sumD += total;
        if (l > 1e-9 * Math.max(1, total)) {
          positive++;
        }
        max = Math.max(max, l);
      }
      return List.of((long) from, (long) (to - from), sumL, sumL2, sumD, positive, max);
    }
  }

  /** Totals of a block sweep, and the statistics they give. */
  public record Summary(long scenarios, double meanLostSales, double lostSalesHalfWidth,
      double fillRate, double probabilityOfLoss, double maxLostSales, int failedBlocks) {}

  /** The sweep of {@code scenarios} scenarios of {@code model} on {@code n} with inventory r. */
  public static Sweep<Block> of(Network n, double[] r, ScenarioModel model, int scenarios,
      long seed) {
    if (scenarios < 1) {
      throw new InvalidInputException("--samples must be at least 1, got " + scenarios);
    }
    model.requireFits(n);
    int blocks = (scenarios + ScenarioGenerator.BLOCK - 1) / ScenarioGenerator.BLOCK;
    List<Block> tasks = new ArrayList<>(blocks);
    for (int b = 0; b < blocks; b++) {
      tasks.add(new Block(b, seed));
    }
    return new Sweep<>("monte-carlo", tasks, new Function(UUID.randomUUID().toString(), n.name(),
        n.plants(), n.products(), n.arcs(), r, model, scenarios));
  }

  /** Adds the block rows in id order (failed blocks are counted, not added). */
  public static Summary summary(SweepResult res) {
    long count = 0;
    double sumL = 0;
    double sumL2 = 0;
    double sumD = 0;
    long positive = 0;
    double max = 0;
    int failed = 0;
    for (SweepRow r : res.rows()) {
      if (!r.ok()) {
        failed++;
        continue;
      }
      count += (Long) r.value(1);
      sumL += r.real(2);
      sumL2 += r.real(3);
      sumD += r.real(4);
      positive += (Long) r.value(5);
      max = Math.max(max, r.real(6));
    }
    if (count == 0) {
      return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, failed);
    }
    double mean = sumL / count;
    double var = count > 1 ? Math.max(0, (sumL2 - count * mean * mean) / (count - 1)) : 0;
    return new Summary(count, mean, MonteCarlo.Z95 * Math.sqrt(var / count),
        sumD > 0 ? 1 - sumL / sumD : 1, (double) positive / count, max, failed);
  }
}
