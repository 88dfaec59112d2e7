package org.stockade.costmin;

import org.stockade.model.Arc;
import org.stockade.model.Network;

/**
 * The numbers of a {@link CmProblem} in index form: holding {@code h}, underage {@code u},
 * overage {@code o}, and the arcs as parallel arrays (plant, product, production cost).
 */
record CostData(int products, int plants, double[] h, double[] u, double[] o, int[] arcPlant,
    int[] arcProduct, double[] arcCost) {

  static CostData of(CmProblem p) {
    return of(p.network(), p.costs());
  }

  static CostData of(Network n, CostModel costs) {
    int k = n.arcs().size();
    int[] ai = new int[k];
    int[] aj = new int[k];
    double[] ac = new double[k];
    for (int a = 0; a < k; a++) {
      Arc arc = n.arcs().get(a);
      ai[a] = n.plantIndex(arc.plant());
      aj[a] = n.productIndex(arc.product());
      ac[a] = costs.production(arc.plant(), arc.product());
    }
    return new CostData(n.productCount(), n.plantCount(), n.holdingCosts(), costs.underage(n),
        costs.overage(n), ai, aj, ac);
  }

  /** The lost-sales costs on the same arcs: {@code u = 1, o = p = 0}. */
  CostData lostSales() {
    double[] one = new double[products];
    java.util.Arrays.fill(one, 1.0);
    return new CostData(products, plants, h, one, new double[products], arcPlant, arcProduct,
        new double[arcPlant.length]);
  }

  int arcs() {
    return arcPlant.length;
  }

  double holding(double[] r) {
    double s = 0;
    for (int j = 0; j < products; j++) {
      s += h[j] * r[j];
    }
    return s;
  }
}
