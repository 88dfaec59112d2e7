package org.stockade.exposure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stockade.model.InvalidInputException;

/**
 * A disruption scenario: a set of nodes knocked out together for the window {@code ttr} (the
 * time-to-recover; for several nodes, by default the longest of their TTRs). The empty set is
 * the "nothing down" baseline ({@link #nothingDown}).
 */
public record Scenario(List<String> nodes, double ttr) {
  public Scenario {
    if (nodes == null) {
      throw new InvalidInputException("a scenario needs a list of nodes");
    }
    nodes = List.copyOf(nodes);
    InvalidInputException.requireNonNegative("scenario " + String.join("+", nodes) + ": ttr", ttr);
  }

  /** {@code A+B+C}, or {@code (nothing down)} for the baseline. */
  public String label() {
    return nodes.isEmpty() ? "(nothing down)" : String.join("+", nodes);
  }

  /** The baseline: no node down, over {@code window} (its lost profit is the network's own). */
  public static Scenario nothingDown(double window) {
    return new Scenario(List.of(), window);
  }

  /** Node {@code j} alone, for its own TTR. */
  public static Scenario single(SupplyNetwork net, int j) {
    return new Scenario(List.of(net.node(j).id()), net.node(j).ttr());
  }

  /** Every single-node scenario, in node order. */
  public static List<Scenario> singles(SupplyNetwork net) {
    List<Scenario> out = new ArrayList<>(net.size());
    for (int j = 0; j < net.size(); j++) {
      out.add(single(net, j));
    }
    return out;
  }

  /**
   * Parses {@code A+B+...}: node ids or facility ids (a facility stands for all its nodes). The
   * window is the longest TTR of the nodes.
   */
  public static Scenario parse(SupplyNetwork net, String text) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> given = new java.util.HashSet<>();
    for (String part : text.split("\\+", -1)) {
      String id = part.strip();
      if (id.isEmpty()) {
        throw new InvalidInputException("--scenario '" + text + "': empty node id; write node ids"
            + " joined by '+', e.g. S1+S2");
      }
      if (!given.add(id)) {
        throw new InvalidInputException("--scenario '" + text + "': '" + id + "' is given twice;"
            + " name each node or facility once, e.g. " + id + "+S2");
      }
      if (net.contains(id)) {
        ids.add(id);
      } else if (net.facilityNodes(id) != null) {
        ids.addAll(net.facilityNodes(id));
      } else {
        throw new InvalidInputException("--scenario '" + text + "': '" + id + "' is neither a"
            + " node nor a facility of network '" + net.name() + "'; check the id");
      }
    }
    double ttr = 0;
    for (String id : ids) {
      ttr = Math.max(ttr, net.node(net.indexOf(id)).ttr());
    }
    return new Scenario(new ArrayList<>(ids), ttr);
  }
}
