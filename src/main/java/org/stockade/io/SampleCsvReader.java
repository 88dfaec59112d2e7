package org.stockade.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stockade.model.InvalidInputException;

/**
 * Reads one numeric column of a CSV file with a header row (for example observed surge demands
 * for an empirical distribution). Every bad cell is reported with its line number.
 */
public final class SampleCsvReader {
  private SampleCsvReader() {}

  /**
   * The values of column {@code column} (case-insensitive header), or of the only column when
   * the file has one.
   */
  public static double[] read(Path path, String column) {
    List<List<String>> rows = rows(path, "'" + column + "'");
    List<String> header = rows.get(0);
    int col = -1;
    for (int k = 0; k < header.size(); k++) {
      if (header.get(k).trim().toLowerCase(Locale.ROOT).equals(column)) {
        col = k;
      }
    }
    if (col < 0 && header.size() == 1) {
      col = 0;
    }
    if (col < 0) {
      throw new InvalidInputException(path + ": no column '" + column + "' in the header "
          + header + "; name the column of values '" + column + "'");
    }
    double[] v = new double[rows.size() - 1];
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      String cell = col < row.size() ? row.get(col).trim() : "";
      try {
        v[r - 1] = Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        v[r - 1] = Double.NaN;
      }
      if (!Double.isFinite(v[r - 1])) {
        throw new InvalidInputException(path + " row " + (r + 1) + ": " + column + " must be a"
            + " finite number, got '" + cell + "'; fix or delete that row");
      }
    }
    if (v.length == 0) {
      throw new InvalidInputException(path + ": no values under '" + column + "'; add one "
          + "number per line");
    }
    return v;
  }

  /** A CSV of numbers under a header row. */
  public record Table(List<String> header, double[][] rows) {}

  /** Every cell below the header must be a finite number; blank lines are skipped. */
  public static Table readAll(Path path) {
    List<List<String>> rows = rows(path, "of location names");
    List<String> header = rows.get(0).stream().map(String::trim).toList();
    double[][] v = new double[rows.size() - 1][header.size()];
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() != header.size()) {
        throw new InvalidInputException(path + " row " + (r + 1) + " has " + row.size()
            + " cells, the header " + header.size() + "; give one value per column");
      }
      for (int k = 0; k < header.size(); k++) {
        String cell = row.get(k).trim();
        try {
          v[r - 1][k] = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
          v[r - 1][k] = Double.NaN;
        }
        if (!Double.isFinite(v[r - 1][k])) {
          throw new InvalidInputException(path + " row " + (r + 1) + ": " + header.get(k)
              + " must be a finite number, got '" + cell + "'; fix or delete that row");
        }
      }
    }
    if (v.length == 0) {
      throw new InvalidInputException(path + ": no rows under the header; add one scenario per"
          + " line");
    }
    return new Table(header, v);
  }

  private static List<List<String>> rows(Path path, String headerHint) {
    String text = InputFiles.readText(path, "CSV file");
    List<List<String>> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .readValues(text)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(path + ": not a readable CSV file (" + e.getMessage()
          .split("\n")[0] + "); write a header row and one line of numbers per row", e);
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException(path + ": empty; write a header row " + headerHint
          + " and numbers below it");
    }
    return rows;
  }
}
