package org.stockade.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile and broken input files for the bad-input sweep, written once into a temporary folder
 * (deleted at exit). A case names a file as {@code @name}; the variants of the examples are made
 * by {@link #variant}, which returns that token, so a case stays one line.
 */
final class SweepFiles {
  private static Path dir;

  private SweepFiles() {}

  static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("stockade-sweep");
        Runtime.getRuntime().addShutdownHook(new Thread(SweepFiles::deleteAll));
        writeFixed();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  static Path path(String name) {
    return dir().resolve(name);
  }

  /**
   * Writes {@code name}: example {@code example} (a path under examples/) with the first match
   * of the regular expression {@code regex} replaced by {@code replacement}; returns "@name".
   */
  static String variant(String name, String example, String regex, String replacement) {
    try {
      String text = Files.readString(Path.of("examples", example));
      String changed = text.replaceFirst(regex, replacement);
      if (changed.equals(text)) {
        throw new IllegalArgumentException(regex + " does not occur in " + example);
      }
      Path p = path(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, changed);
      return "@" + name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the CSV directory {@code example} with one file changed as by {@link #variant}. */
  static String csvVariant(String name, String example, String file, String regex,
      String replacement) {
    try {
      Path to = path(name);
      Files.createDirectories(to);
      try (var s = Files.list(Path.of("examples", example))) {
        for (Path f : (Iterable<Path>) s::iterator) {
          Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption
              .REPLACE_EXISTING);
        }
      }
      variant(name + "/" + file, example + "/" + file, regex, replacement);
      return "@" + name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code name} with {@code text}; returns "@name". */
  static String text(String name, String text) {
    try {
      Path p = path(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text);
      return "@" + name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dual-sourcing instance with the standard fields, {@code extra} lines appended/replacing. */
  static String sourcing(String name, String... lines) {
    StringBuilder sb = new StringBuilder();
    java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
    for (String kv : new String[] {"demand: uniform:0:4", "lr: 2", "cr: 100", "ce: 105", "h: 5",
        "b: 495"}) {
      f.put(kv.substring(0, kv.indexOf(':')), kv);
    }
    for (String kv : lines) {
      f.put(kv.substring(0, kv.indexOf(':')), kv);
    }
    f.values().forEach(l -> sb.append(l).append('\n'));
    return text(name, sb.toString());
  }

  private static void writeFixed() throws IOException {
    Files.writeString(dir.resolve("a-file.txt"), "not a directory");
    Files.createDirectories(dir.resolve("dir.yaml"));
    Files.createDirectories(dir.resolve("dir.xlsx"));
    Files.createDirectories(dir.resolve("out-with-report/report.md"));
    // reproduce writes into one subfolder per target (out/<target>/report.md)
    Files.createDirectories(dir.resolve("out-with-report/gm-tables/report.md"));
    Files.createDirectories(dir.resolve("out-with-report/dual-sourcing/report.md"));
    Files.writeString(dir.resolve("empty.yaml"), "");
    Files.writeString(dir.resolve("empty.json"), "");
    Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    Files.writeString(dir.resolve("text.xlsx"), "id,kind\nS1,supplier\n");
    byte[] junk = new byte[300];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + (i * 37) % 120);
    }
    Files.write(dir.resolve("junk.yaml"), junk);
    Files.write(dir.resolve("junk.json"), junk);
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.yaml").toFile(), "rw")) {
      f.setLength(65L * 1024 * 1024); // sparse: over the 64 MB limit without using the disk
    }
    Files.copy(dir.resolve("huge.yaml"), dir.resolve("huge.json"));
    for (String n : new String[] {"zero.yaml", "zero.json", "zero.xlsx"}) {
      try {
        Files.createSymbolicLink(dir.resolve(n), Path.of("/dev/zero"));
      } catch (IOException | UnsupportedOperationException e) {
        Files.writeString(dir.resolve(n), ""); // no /dev/zero: the case then fails visibly
      }
    }
    mkfifo(dir.resolve("fifo.yaml"));
    mkfifo(dir.resolve("fifo.csv"));
    Files.writeString(dir.resolve("long-value.yaml"), "name: " + "x".repeat(300_000)
        + "\nplants: [{id: P1, capacity: 1}]\nproducts: [{id: V1, mu: 1, sigma: 1}]\n");
    writeWorkbooks();
  }

  private static void mkfifo(Path p) {
    try {
      Process pr = new ProcessBuilder("mkfifo", p.toString()).start();
      if (pr.waitFor() == 0) {
        return;
      }
    } catch (IOException e) {
      // no mkfifo: fall through
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Files.createDirectories(p); // still not a regular file
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeWorkbooks() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet nodes = wb.createSheet("nodes");
      row(nodes, 0, "id", "kind", "capacity", "ttr", "demand", "margin");
      row(nodes, 1, "S1", "supplier", "100", "4", "", "");
      row(nodes, 2, "M1", "product", "", "2", "10", "5");
      nodes.getRow(1).getCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
      Sheet edges = wb.createSheet("edges");
      row(edges, 0, "from", "to");
      row(edges, 1, "S1", "M1");
      try (OutputStream o = Files.newOutputStream(dir.resolve("div0.xlsx"))) {
        wb.write(o);
      }
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      row(wb.createSheet("nodes"), 0, "id", "kind", "ttr");
      try (OutputStream o = Files.newOutputStream(dir.resolve("no-edges.xlsx"))) {
        wb.write(o);
      }
    }
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">"
        + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&x;&b;"
        + "</Types>";
    zip(dir.resolve("xxe.xlsx"), "[Content_Types].xml", xxe.getBytes(StandardCharsets.UTF_8));
    zip(dir.resolve("bomb.xlsx"), "xl/worksheets/sheet1.xml", new byte[30 * 1024 * 1024]);
  }

  private static void row(Sheet s, int r, String... cells) {
    Row row = s.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c]);
    }
  }

  private static void zip(Path to, String entry, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(content);
      z.closeEntry();
      z.putNextEntry(new ZipEntry("_rels/.rels"));
      z.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Files.write(to, bytes.toByteArray());
  }

  private static void deleteAll() {
    if (dir == null) {
      return;
    }
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit
    }
  }
}
