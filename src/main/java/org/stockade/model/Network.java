package org.stockade.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable production network: plants, products and a flexibility design {@code A} of arcs
 * (spec section 1). Internally plants and products are indexed {@code 0..M-1} and
 * {@code 0..N-1} in declaration order; {@link #plantsOf(BitSet)} gives {@code A(S)}, the plants
 * with an arc into some product of {@code S}.
 */
public final class Network {
  private final String name;
  private final List<Plant> plants;
  private final List<Product> products;
  private final List<Arc> arcs;
  private final Map<String, Integer> plantIndex;
  private final Map<String, Integer> productIndex;
  private final int[][] plantsOfProduct;
  private final int[][] productsOfPlant;

  public Network(String name, List<Plant> plants, List<Product> products, List<Arc> arcs) {
    this.name = name == null || name.isBlank() ? "network" : name;
    if (plants == null || plants.isEmpty()) {
      throw new InvalidInputException("network has no plants; declare at least one plant");
    }
    if (products == null || products.isEmpty()) {
      throw new InvalidInputException("network has no products; declare at least one product");
    }
    this.plants = List.copyOf(plants);
    this.products = List.copyOf(products);
    this.plantIndex = index("plant", this.plants.stream().map(Plant::id).toList());
    this.productIndex = index("product", this.products.stream().map(Product::id).toList());
    Set<Arc> unique = new LinkedHashSet<>();
    List<List<Integer>> pop = new ArrayList<>();
    List<List<Integer>> prp = new ArrayList<>();
    for (int j = 0; j < this.products.size(); j++) {
      pop.add(new ArrayList<>());
    }
    for (int i = 0; i < this.plants.size(); i++) {
      prp.add(new ArrayList<>());
    }
    int k = 0;
    for (Arc a : arcs == null ? List.<Arc>of() : arcs) {
      k++;
      Integer i = plantIndex.get(a.plant());
      if (i == null) {
        throw new InvalidInputException("plant '" + a.plant() + "' on arc " + k
            + " is not declared; declared plants: " + describeIds(plantIndex.keySet()));
      }
      Integer j = productIndex.get(a.product());
      if (j == null) {
        throw new InvalidInputException("product '" + a.product() + "' on arc " + k
            + " is not declared; declared products: " + describeIds(productIndex.keySet()));
      }
      if (unique.add(a)) {
        pop.get(j).add(i);
        prp.get(i).add(j);
      }
    }
    this.arcs = List.copyOf(unique);
    this.plantsOfProduct = pop.stream().map(l -> l.stream().mapToInt(x -> x).toArray())
        .toArray(int[][]::new);
    this.productsOfPlant = prp.stream().map(l -> l.stream().mapToInt(x -> x).toArray())
        .toArray(int[][]::new);
  }

  static void requireId(String field, String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException(field + " is missing or empty; give every element an id");
    }
  }

  private static Map<String, Integer> index(String kind, List<String> ids) {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < ids.size(); k++) {
      Integer prev = m.put(ids.get(k), k);
      if (prev != null) {
        throw new InvalidInputException("duplicate " + kind + " id '" + ids.get(k) + "' ("
            + kind + "s " + (prev + 1) + " and " + (k + 1) + "); ids must be unique");
      }
    }
    return m;
  }

  /** A short human list of ids: all of them if few, else first..last. */
  public static String describeIds(java.util.Collection<String> ids) {
    List<String> l = new ArrayList<>(ids);
    l.sort(Network::naturalCompare);
    if (l.size() <= 6) {
      return String.join(", ", l);
    }
    return l.get(0) + ".." + l.get(l.size() - 1) + " (" + l.size() + " ids)";
  }

  private static int naturalCompare(String a, String b) {
    String pa = a.replaceAll("\\d+$", "");
    String pb = b.replaceAll("\\d+$", "");
    if (pa.equals(pb) && a.length() > pa.length() && b.length() > pb.length()) {
      try {
        return Long.compare(Long.parseLong(a.substring(pa.length())),
            Long.parseLong(b.substring(pb.length())));
      } catch (NumberFormatException e) {
        return a.compareTo(b);
      }
    }
    return a.compareTo(b);
  }

  /** The same plants and products with another flexibility design. */
  public Network withArcs(String newName, List<Arc> newArcs) {
    return new Network(newName, plants, products, newArcs);
  }

  public Network withProducts(List<Product> newProducts) {
    return new Network(name, plants, newProducts, arcs);
  }

  public String name() {
    return name;
  }

  public List<Plant> plants() {
    return plants;
  }

  public List<Product> products() {
    return products;
  }

  public List<Arc> arcs() {
    return arcs;
  }

  public int plantCount() {
    return plants.size();
  }

  public int productCount() {
    return products.size();
  }

  public Plant plant(int i) {
    return plants.get(i);
  }

  public Product product(int j) {
    return products.get(j);
  }

  public int plantIndex(String id) {
    Integer i = plantIndex.get(id);
    if (i == null) {
      throw new InvalidInputException("plant '" + id + "' is not declared; declared plants: "
          + describeIds(plantIndex.keySet()));
    }
    return i;
  }

  public int productIndex(String id) {
    Integer j = productIndex.get(id);
    if (j == null) {
      throw new InvalidInputException("product '" + id + "' is not declared; declared products: "
          + describeIds(productIndex.keySet()));
    }
    return j;
  }

  /** Plants with an arc into product {@code j}. Do not modify the returned array. */
  public int[] plantsOf(int j) {
    return plantsOfProduct[j];
  }

  /** Products plant {@code i} can make. Do not modify the returned array. */
  public int[] productsOf(int i) {
    return productsOfPlant[i];
  }

  public boolean hasArc(int i, int j) {
    for (int p : plantsOfProduct[j]) {
      if (p == i) {
        return true;
      }
    }
    return false;
  }

  /** {@code A(S)}: the plants with an arc into some product of {@code s}. */
  public BitSet plantsOf(BitSet s) {
    BitSet a = new BitSet(plants.size());
    for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
      for (int i : plantsOfProduct[j]) {
        a.set(i);
      }
    }
    return a;
  }

  public double[] capacities() {
    return plants.stream().mapToDouble(Plant::capacity).toArray();
  }

  public double[] means() {
    return products.stream().mapToDouble(Product::mu).toArray();
  }

  public double[] sigmas() {
    return products.stream().mapToDouble(Product::sigma).toArray();
  }

  public double[] holdingCosts() {
    return products.stream().mapToDouble(Product::holdingCost).toArray();
  }

  /** Products that no plant can make (allowed: only inventory can serve them). */
  public List<String> productsWithoutArcs() {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < products.size(); j++) {
      if (plantsOfProduct[j].length == 0) {
        out.add(products.get(j).id());
      }
    }
    return out;
  }

  /** Ids of the products in {@code s}. */
  public List<String> productIds(BitSet s) {
    return s.stream().mapToObj(j -> products.get(j).id()).toList();
  }

  /** Ids of the plants in {@code s}. */
  public List<String> plantIds(BitSet s) {
    return s.stream().mapToObj(i -> plants.get(i).id()).toList();
  }

  @Override
  public String toString() {
    return "Network[" + name + ": " + plants.size() + " plants, " + products.size()
        + " products, " + arcs.size() + " arcs]";
  }
}
