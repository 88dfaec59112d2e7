package org.stockade.robust;

import java.util.Arrays;
import java.util.BitSet;
import org.stockade.model.Network;
import org.stockade.uncertainty.SubsetTracker;
import org.stockade.uncertainty.UncertaintySet;

/**
 * A product subset {@code S} under local search with {@code g(S) = Dmax(S) - Cmin(A(S))},
 * {@code r(S)} and {@code A(S)} kept up to date incrementally (issue "SG at real scale", item
 * 1): adding or removing product j updates the demand tracker once, the plant cover counts of
 * j's plants, and the capacity tracker for the plants that enter or leave {@code A(S)} — so a
 * move costs {@code O(pieces + degree)} instead of the {@code O(N pieces + arcs)} of evaluating
 * {@code g} from scratch. {@link #gainOfAdd} and {@link #gainOfRemove} evaluate a move by doing
 * and undoing it. Requires closed forms (both {@link SubsetTracker}s non-null). Mutable, one per
 * search thread; {@link #clear} costs {@code O(|S| + |A(S)|)}, not {@code O(N)}.
 */
final class SubsetState {
  private final Network network;
  private final SubsetTracker demand;
  private final SubsetTracker capacity;
  private final int[] cover;
  private final int[] members;
  private final int[] position;
  private int size;
  private final int[] plants;
  private final int[] plantPosition;
  private int plantCount;
  private double[] r;
  private double inventory;

  SubsetState(Network network, UncertaintySet u) {
    this.network = network;
    this.demand = u.demand().demandTracker();
    this.capacity = u.capacity().capacityTracker();
    if (demand == null || capacity == null) {
      throw new IllegalArgumentException("incremental evaluation needs closed-form sets");
    }
    int p = network.productCount();
    int m = network.plantCount();
    cover = new int[m];
    members = new int[p];
    position = new int[p];
    Arrays.fill(position, -1);
    plants = new int[m];
    plantPosition = new int[m];
    Arrays.fill(plantPosition, -1);
  }

  /** Whether both halves of the set have incremental trackers. */
  static boolean applicable(UncertaintySet u) {
    return u.demand().demandTracker() != null && u.capacity().capacityTracker() != null;
  }

  /** Empties S and sets the inventory that {@link #violation()} subtracts. */
  void reset(double[] inventoryLevels) {
    clear();
    this.r = inventoryLevels;
  }

  void clear() {
    for (int k = 0; k < size; k++) {
      position[members[k]] = -1;
    }
    for (int k = 0; k < plantCount; k++) {
      cover[plants[k]] = 0;
      plantPosition[plants[k]] = -1;
    }
    size = 0;
    plantCount = 0;
    inventory = 0;
    demand.clear();
    capacity.clear();
  }

  boolean contains(int j) {
    return position[j] >= 0;
  }

  int size() {
    return size;
  }

  int member(int k) {
    return members[k];
  }

  int coveredPlantCount() {
    return plantCount;
  }

  int coveredPlant(int k) {
    return plants[k];
  }

  void add(int j) {
    position[j] = size;
    members[size++] = j;
    inventory += r[j];
    demand.add(j);
    for (int i : network.plantsOf(j)) {
      if (cover[i]++ == 0) {
        plantPosition[i] = plantCount;
        plants[plantCount++] = i;
        capacity.add(i);
      }
    }
  }

  void remove(int j) {
    int at = position[j];
    int last = members[--size];
    members[at] = last;
    position[last] = at;
    position[j] = -1;
    inventory -= r[j];
    demand.remove(j);
    for (int i : network.plantsOf(j)) {
      if (--cover[i] == 0) {
        int pat = plantPosition[i];
        int plast = plants[--plantCount];
        plants[pat] = plast;
        plantPosition[plast] = pat;
        plantPosition[i] = -1;
        capacity.remove(i);
      }
    }
  }

  /** {@code g(S)} (0 for the empty set). */
  double g() {
    return size == 0 ? 0 : demand.value() + capacity.value();
  }

  /** {@code g(S) - r(S)}. */
  double violation() {
    return g() - inventory;
  }

  /** Violation after adding j (S itself unchanged on return). */
  double violationWith(int j) {
    add(j);
    double v = violation();
    remove(j);
    return v;
  }

  /** Violation after removing j (S itself unchanged on return). */
  double violationWithout(int j) {
    remove(j);
    double v = size == 0 ? Double.NEGATIVE_INFINITY : violation();
    add(j);
    return v;
  }

  /** The current S as a sorted array. */
  int[] sortedMembers() {
    int[] s = Arrays.copyOf(members, size);
    Arrays.sort(s);
    return s;
  }

  BitSet toBitSet() {
    BitSet s = new BitSet(network.productCount());
    for (int k = 0; k < size; k++) {
      s.set(members[k]);
    }
    return s;
  }
}
