package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent runs: several runs writing into one output folder leave only complete files, and
 * several first launches of {@code ./stockade} at once keep stdout clean and unpack the natives
 * once, without leaving anything in the working directory.
 */
class ConcurrentRunsTest {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static List<SolveCommandTest.Run> parallel(int n, String... args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<SolveCommandTest.Run>> fs = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        fs.add(pool.submit(() -> SolveCommandTest.run(args)));
      }
      List<SolveCommandTest.Run> out = new ArrayList<>();
      for (Future<SolveCommandTest.Run> f : fs) {
        out.add(f.get(5, TimeUnit.MINUTES));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every file in {@code dir} is complete: PNG magic and decodable, SVG and CSV parse. */
  private static void assertAllFilesComplete(Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertThat(files).as("no temporary files left").noneMatch(
        p -> p.getFileName().toString().endsWith(".tmp"));
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".png")) {
        byte[] bytes = Files.readAllBytes(f);
        assertThat(Arrays.copyOf(bytes, 8)).as(name).isEqualTo(PNG_MAGIC);
        assertThat(ImageIO.read(f.toFile())).as(name + " decodes").isNotNull();
      } else if (name.endsWith(".svg")) {
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile())
            .getDocumentElement().getTagName()).as(name).isEqualTo("svg");
      } else if (name.endsWith(".csv")) {
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(f.toFile())) {
          List<String[]> rows = it.readAll();
          assertThat(rows).as(name).hasSizeGreaterThan(1);
          int width = rows.get(0).length;
          assertThat(rows).as(name).allSatisfy(r -> assertThat(r).hasSize(width));
        }
      }
    }
  }

  @Test
  @Timeout(600)
  void fourParallelRuns_intoOneFolder_leaveCompleteChartsAndCsvs(@TempDir Path dir)
      throws Exception {
    Path charts = dir.resolve("charts");
    for (SolveCommandTest.Run r : parallel(4, "exposure", "--example", "tiers30", "--chart",
        charts.toString(), "--no-progress", "--format", "csv")) {
      assertThat(r.exit()).as(r.err()).isZero();
    }
    assertThat(charts.resolve("exposure-rei.png")).exists();
    assertAllFilesComplete(charts);

    Path out = dir.resolve("out");
    for (SolveCommandTest.Run r : parallel(4, "reproduce", "flipping", "--out", out.toString(),
        "--no-progress", "--format", "csv")) {
      assertThat(r.exit()).as(r.err()).isZero();
    }
    assertThat(out.resolve("flipping").resolve("flipping.png")).exists();
    assertThat(out.resolve("flipping").resolve("report.md")).exists();
    assertThat(out.resolve("index.md")).content().contains("flipping");
    assertAllFilesComplete(out);
  }

  // ---- the launcher script ----

  /**
   * A throw-away copy of the repository layout the launcher needs: the script, target/lib with
   * the dependency jars of this test run, target/stockade.jar made from the compiled classes,
   * and no natives yet (a fresh first launch).
   */
  private static Path launcherHome(Path dir) throws IOException {
    Path home = dir.resolve("home");
    Path lib = Files.createDirectories(home.resolve("target/lib"));
    Files.copy(Path.of("stockade"), home.resolve("stockade"));
    home.resolve("stockade").toFile().setExecutable(true);
    Path classes = null;
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(e);
      String name = p.getFileName().toString();
      boolean otherPlatform = name.startsWith("ortools-darwin") || name.startsWith("ortools-win");
      if (e.endsWith(".jar") && Files.isRegularFile(p) && !otherPlatform) {
        Path link = lib.resolve(p.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, p.toAbsolutePath());
        }
      } else if (p.endsWith(Path.of("target", "classes"))) {
        classes = p;
      }
    }
    assertThat(classes).as("target/classes on the test class path").isNotNull();
    jar(classes, home.resolve("target/stockade.jar"));
    return home;
  }

  private static void jar(Path classes, Path jar) throws IOException {
    try (OutputStream os = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(os);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        zip.putNextEntry(new ZipEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, zip);
        zip.closeEntry();
      }
    }
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  @Test
  @Timeout(600)
  void launcher_parallelFirstLaunchesAndFailedJvmStart_keepStdoutClean() throws Exception {
    assumeTrue(System.getProperty("os.name").startsWith("Linux") && onPath("bash"),
        "the launcher is a bash script for Linux");
    assumeTrue(Files.isRegularFile(Path.of("stockade")), "run from the repository root");
    // Not @TempDir: target/lib holds symbolic links to the local Maven repository, which this
    // test removes itself (links only, never their targets).
    Path dir = Files.createTempDirectory("stockade-launch");
    try {
      launchInParallel(dir);
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void launchInParallel(Path dir) throws Exception {
    Path home = launcherHome(dir);
    Path work = Files.createDirectories(dir.resolve("work"));
    int n = 4;
    List<Process> ps = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      ProcessBuilder pb = new ProcessBuilder(home.resolve("stockade").toString(), "solve",
          "--example", "gm", "--format", "csv")
          .directory(work.toFile())
          .redirectOutput(dir.resolve("out" + k + ".csv").toFile())
          .redirectError(dir.resolve("err" + k + ".txt").toFile());
      ps.add(pb.start());
    }
    String first = null;
    for (int k = 0; k < n; k++) {
      assertThat(ps.get(k).waitFor(5, TimeUnit.MINUTES)).as("launch " + k + " ends").isTrue();
      String out = Files.readString(dir.resolve("out" + k + ".csv"), StandardCharsets.UTF_8);
      String err = Files.readString(dir.resolve("err" + k + ".txt"), StandardCharsets.UTF_8);
      assertThat(ps.get(k).exitValue()).as(err).isZero();
      assertThat(out).as("stdout of launch " + k + " is only the CSV")
          .startsWith("product,group,mu,sigma,inventory\n").doesNotContain("\u001b", "rror",
              "stockade:", "WARNING");
      assertThat(out.lines()).hasSize(17);
      assertThat(err).doesNotContain("\u001b");
      if (first == null) {
        first = out;
      }
      assertThat(out).isEqualTo(first);
    }
    try (Stream<Path> left = Files.list(work)) {
      assertThat(left.toList()).as("nothing left in the working directory").isEmpty();
    }
    // A JVM that cannot start (here: a 1 KB heap) must say so on stderr, never in stdout.
    ProcessBuilder bad = new ProcessBuilder(home.resolve("stockade").toString(), "solve", "--example",
        "gm", "--format", "csv").directory(work.toFile())
        .redirectOutput(dir.resolve("bad.out").toFile())
        .redirectError(dir.resolve("bad.err").toFile());
    bad.environment().put("STOCKADE_JAVA_OPTS", "-Xmx1k");
    Process proc = bad.start();
    assertThat(proc.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(proc.exitValue()).isNotZero();
    assertThat(Files.readString(dir.resolve("bad.out"))).as("stdout of a failed start").isEmpty();
    assertThat(Files.readString(dir.resolve("bad.err"))).contains("initialization of VM");
    if (!Files.isDirectory(home.resolve("target/lib")) || !onPath("unzip") && !onPath("jar")) {
      return;
    }
    boolean hasNatives;
    try (Stream<Path> libs = Files.list(home.resolve("target/lib"))) {
      hasNatives = libs.anyMatch(p -> p.getFileName().toString().startsWith("ortools-linux-"));
    }
    if (hasNatives) {
      assertThat(home.resolve("target/natives/.unpacked")).exists();
      try (Stream<Path> t = Files.list(home.resolve("target"))) {
        assertThat(t.map(p -> p.getFileName().toString()).toList())
            .as("no per-process natives directories left").noneMatch(s -> s.startsWith(".natives"));
      }
    }
  }

}
