package org.stockade.sweep;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small per-JVM cache for what a {@link SweepFunction} builds from its serialized inputs (a
 * network, a reference plan): built once per JVM (each Spark executor, or the local process)
 * and shared by every task there. Keys are the function's own identity strings (e.g. a UUID
 * fixed when the function was made); the least recently used of more than {@link #CAPACITY}
 * entries is dropped, so a long-running server does not keep every sweep's state.
 */
public final class PerJvm {
  static final int CAPACITY = 16;
  private static final Map<String, Object> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > CAPACITY;
    }
  };

  private PerJvm() {}

  /** The value under {@code key}, built by {@code make} on first use (at most once at a time). */
  @SuppressWarnings("unchecked")
  public static <V> V get(String key, Supplier<V> make) {
    synchronized (CACHE) {
      Object v = CACHE.get(key);
      if (v == null) {
        v = make.get();
        CACHE.put(key, v);
      }
      return (V) v;
    }
  }
}
