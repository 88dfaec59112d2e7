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
    String text = InputFiles.readText(path, "sample CSV file");
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
          .split("\n")[0] + "); write a header row and one number per line", e);
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException(path + ": empty; write a header row '" + column
          + "' and one number per line");
    }
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
}
