package org.stockade.design;

/** A connected component of a design: plant and product indices, each ascending. */
public record Group(int[] plants, int[] products) {}
