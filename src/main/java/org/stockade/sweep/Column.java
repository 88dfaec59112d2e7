package org.stockade.sweep;

import java.io.Serializable;
import org.stockade.model.InvalidInputException;

/**
 * One output column of a sweep: its name and value kind. Values are {@link Long} for
 * {@link Kind#LONG}, {@link Double} for {@link Kind#DOUBLE}, {@link Boolean} for
 * {@link Kind#BOOLEAN} and {@link String} for {@link Kind#TEXT}; {@code null} is allowed.
 */
public record Column(String name, Kind kind) implements Serializable {
  /** Value kinds, mapped to Parquet INT64, DOUBLE, BOOLEAN and BINARY(UTF8). */
  public enum Kind { LONG, DOUBLE, BOOLEAN, TEXT }

  public Column {
    if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
      throw new InvalidInputException("sweep column name must be lower_snake_case, got '" + name
          + "'");
    }
    if (kind == null) {
      throw new InvalidInputException("sweep column '" + name + "': kind must be given");
    }
  }

  public static Column ofLong(String name) {
    return new Column(name, Kind.LONG);
  }

  public static Column ofDouble(String name) {
    return new Column(name, Kind.DOUBLE);
  }

  public static Column ofBoolean(String name) {
    return new Column(name, Kind.BOOLEAN);
  }

  public static Column ofText(String name) {
    return new Column(name, Kind.TEXT);
  }

  /** Whether {@code v} is a value of this column ({@code null} always is). */
  public boolean accepts(Object v) {
    return v == null || switch (kind) {
      case LONG -> v instanceof Long;
      case DOUBLE -> v instanceof Double;
      case BOOLEAN -> v instanceof Boolean;
      case TEXT -> v instanceof String;
    };
  }
}
