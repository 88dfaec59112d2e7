package org.stockade.multistage;

import java.util.BitSet;

/**
 * An s-t cut of the node-split layered network (spec section 6), described by the nodes whose
 * output side lies on the sink side ({@code shortNodes}, B) and those whose input side does too
 * ({@code starvedNodes}, A ⊆ B). Its capacity at inventory {@code r}, demand {@code d} and
 * capacity {@code c} is {@code sum_{v in B} r_v + sum_{v in B\A} c_v + sum_{j not in B} d_j}, so
 * by max-flow/min-cut
 *
 * <pre>
 *   L(r, d, c) = max_cuts [ sum_{j in B ∩ P} d_j - sum_{v in B \ A} c_v - sum_{v in B} r_v ]
 * </pre>
 *
 * and the m-SG constraint of the cut is {@code r(B) >= Dmax(B ∩ P) - Cmin(B \ A) - delta}.
 * A cut is finite when A contains no stage-0 node and, for every arc (u, w) with w in A, u is in
 * B, and every uncapacitated node of B is in A. {@link #canonical} takes the largest valid A for
 * a given B, which gives the strongest constraint.
 *
 * @param shortNodes B (global node indices)
 * @param starvedNodes A (global node indices)
 * @param products B ∩ P (product indices)
 * @param capacityNodes B \ A (capacitated-node indices); meaningful only if {@code finite}
 * @param inventoryNodes B ∩ {nodes allowing inventory} (global node indices)
 * @param finite false when B \ A holds an uncapacitated node (the cut is infinite)
 */
public record Cut(BitSet shortNodes, BitSet starvedNodes, BitSet products, BitSet capacityNodes,
    BitSet inventoryNodes, boolean finite) {
  public Cut {
    shortNodes = (BitSet) shortNodes.clone();
    starvedNodes = (BitSet) starvedNodes.clone();
    products = (BitSet) products.clone();
    capacityNodes = (BitSet) capacityNodes.clone();
    inventoryNodes = (BitSet) inventoryNodes.clone();
  }

  @Override
  public BitSet shortNodes() {
    return (BitSet) shortNodes.clone();
  }

  @Override
  public BitSet starvedNodes() {
    return (BitSet) starvedNodes.clone();
  }

  @Override
  public BitSet products() {
    return (BitSet) products.clone();
  }

  @Override
  public BitSet capacityNodes() {
    return (BitSet) capacityNodes.clone();
  }

  @Override
  public BitSet inventoryNodes() {
    return (BitSet) inventoryNodes.clone();
  }

  /** The cut with short set {@code b} and the largest valid starved set. */
  public static Cut canonical(LayeredNetwork net, BitSet b) {
    BitSet a = new BitSet(net.nodeCount());
    for (int v = b.nextSetBit(0); v >= 0; v = b.nextSetBit(v + 1)) {
      if (net.stageOf(v) == 0) {
        continue;
      }
      boolean all = true;
      for (int u : net.preds(v)) {
        if (!b.get(u)) {
          all = false;
          break;
        }
      }
      if (all) {
        a.set(v);
      }
    }
    return of(net, b, a);
  }

  /** The cut (B, A) for a valid pair; {@code finite} says whether its capacity is finite. */
  public static Cut of(LayeredNetwork net, BitSet b, BitSet a) {
    BitSet prods = new BitSet(net.productCount());
    BitSet caps = new BitSet(net.capacitatedCount());
    BitSet inv = new BitSet(net.nodeCount());
    boolean finite = true;
    for (int v = b.nextSetBit(0); v >= 0; v = b.nextSetBit(v + 1)) {
      int j = net.productIndex(v);
      if (j >= 0) {
        prods.set(j);
      }
      if (net.node(v).inventoryAllowed()) {
        inv.set(v);
      }
      if (!a.get(v)) {
        int k = net.capacityIndex(v);
        if (k < 0) {
          finite = false;
        } else {
          caps.set(k);
        }
      }
    }
    return new Cut(b, a, prods, caps, inv, finite);
  }
}
