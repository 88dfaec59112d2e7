package org.stockade.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.stockade.io.ExposureWriter;
import org.stockade.io.LoadedNetwork;
import org.stockade.io.NetworkLoader;
import org.stockade.io.ProblemWriter;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Terminal;

/**
 * Turns an uploaded network (YAML, JSON, XLSX, or a zip of CSV files) into a
 * {@link LoadedNetwork} through the one {@link NetworkLoader} the CLI uses. The bytes are written
 * to a private temporary directory under a name the server chooses (the client never supplies a
 * path); zip entries must be plain file names ({@code plants.csv}, {@code nodes.csv}, ...), no
 * folders or {@code ..}, with a cap on their count and unpacked size. Error messages name the
 * upload's file name instead of the temporary path.
 */
final class Uploads {
  static final List<String> FORMATS = List.of("yaml", "json", "xlsx", "zip");
  private static final int MAX_ZIP_ENTRIES = 16;
  private final long maxBytes;
  private final Map<String, LoadedNetwork> cache = new ConcurrentHashMap<>();

  Uploads(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** A parsed upload: the network, its kind and the parsed model as text. */
  /**
   * A parsed upload; {@code warnings} are the loader's with the staging directory replaced by
   * the upload's file name (the server's paths never reach a client).
   */
  record Parsed(LoadedNetwork network, String fileName, String model, List<String> warnings) {}

  /**
   * Parses {@code body}.
   *
   * @param format yaml, json, xlsx or zip (CSV files), or null to take it from {@code name}
   * @param name the file name to show in messages (sanitized), e.g. {@code gm.yaml}
   */
  Parsed parse(byte[] body, String format, String name) {
    String fmt = format(format, name);
    String stem = stem(name);
    String fileName = fmt.equals("zip") ? stem : stem + "." + fmt;
    if (body.length == 0) {
      throw new InvalidInputException("body: the upload is empty; send the network file as the"
          + " request body (YAML, JSON, XLSX or a zip of CSV files)");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("stockade-upload");
      Path target = tmp.resolve(fileName);
      if (fmt.equals("zip")) {
        unzip(body, target);
      } else {
        Files.write(target, body);
      }
      LoadedNetwork net;
      try {
        net = NetworkLoader.load(target);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.getMessage().replace(target.toString(), fileName)
            .replace(tmp.toString() + "/", ""), e);
      }
      Path staged = tmp;
      List<String> warnings = net.warnings().stream().map(w -> w
          .replace(target.toString(), fileName).replace(staged.toString() + "/", "")).toList();
      return new Parsed(net, fileName, model(net, body), warnings);
    } catch (IOException e) {
      throw new UncheckedIOException("could not stage the upload: " + e.getMessage(), e);
    } finally {
      delete(tmp);
    }
  }

  /** The stored network version, parsed again from its original (cached by id and version). */
  LoadedNetwork load(Store store, String id, int version) {
    String key = id + "@" + version;
    LoadedNetwork hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    Store.NetworkRow row = store.network(id);
    Store.Content c = store.content(id, version);
    if (row == null || c == null) {
      throw new InvalidInputException("network: '" + visible(id) + "' version " + version
          + " is not stored; list the networks with GET /api/networks");
    }
    String fileName = row.versions().get(version - 1).fileName();
    String fmt = fileName.contains(".") ? null : "zip";
    LoadedNetwork net = parse(c.original(), fmt, fmt == null ? fileName : fileName + ".zip")
        .network();
    if (cache.size() > 64) {
      cache.clear();
    }
    cache.put(key, net);
    return net;
  }

  /** The parsed model as text: the shared writers' YAML where one exists, else the upload. */
  private static String model(LoadedNetwork net, byte[] body) {
    if (net instanceof LoadedNetwork.PlantProduct p) {
      return ProblemWriter.toYaml(p.definition());
    }
    if (net instanceof LoadedNetwork.Exposure x) {
      return ExposureWriter.yaml(x.network());
    }
    return new String(body, StandardCharsets.UTF_8); // multi-stage: no writer; the YAML itself
  }

  private static String format(String format, String name) {
    String f = format;
    if (f == null && name != null && name.contains(".")) {
      f = name.substring(name.lastIndexOf('.') + 1);
    }
    if (f == null) {
      throw new InvalidInputException("format: say what the upload is with ?format=yaml, json,"
          + " xlsx or zip (CSV files), or give ?name=FILE.yaml");
    }
    f = f.toLowerCase(Locale.ROOT);
    if (f.equals("yml")) {
      f = "yaml";
    }
    if (!FORMATS.contains(f)) {
      throw new InvalidInputException("format: '" + visible(f) + "' is not an upload format;"
          + " use yaml, json, xlsx or zip (a zip of plants.csv, products.csv, arcs.csv or of"
          + " nodes.csv, edges.csv)");
    }
    return f;
  }

  /** The file name's stem, reduced to letters, digits, '-' and '_' (at most 60). */
  static String stem(String name) {
    String n = name == null ? "network" : name;
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(slash + 1);
    if (n.contains(".")) {
      n = n.substring(0, n.lastIndexOf('.'));
    }
    n = n.replaceAll("[^A-Za-z0-9_-]", "_");
    if (n.isEmpty() || n.chars().allMatch(c -> c == '_')) {
      n = "network";
    }
    return n.length() > 60 ? n.substring(0, 60) : n;
  }

  private void unzip(byte[] body, Path dir) throws IOException {
    Files.createDirectory(dir);
    long total = 0;
    int count = 0;
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(body))) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        String n = e.getName();
        if (e.isDirectory() || n.startsWith("__MACOSX/")) {
          continue;
        }
        String base = n.substring(n.lastIndexOf('/') + 1);
        if (!base.matches("[A-Za-z0-9_.-]{1,60}") || base.startsWith(".")) {
          throw new InvalidInputException("body: zip entry '" + visible(n) + "' is not a plain"
              + " CSV/YAML file name; zip only plants.csv, products.csv, arcs.csv (and"
              + " uncertainty.yaml) or nodes.csv, edges.csv");
        }
        if (++count > MAX_ZIP_ENTRIES) {
          throw new InvalidInputException("body: the zip has more than " + MAX_ZIP_ENTRIES
              + " files; zip only the network's CSV files");
        }
        Path out = dir.resolve(base);
        if (Files.exists(out)) {
          throw new InvalidInputException("body: the zip holds '" + visible(base) + "' twice");
        }
        byte[] data = zin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        total += data.length;
        if (data.length > maxBytes || total > maxBytes) {
          throw new InvalidInputException("body: the zip unpacks to more than " + maxBytes
              / (1024 * 1024) + " MB, over the upload limit; split the network");
        }
        Files.write(out, data);
      }
    } catch (java.util.zip.ZipException e) {
      throw new InvalidInputException("body: not a readable zip file (" + e.getMessage()
          + "); send a .zip of the CSV files, or use ?format=yaml/json/xlsx", e);
    }
    if (count == 0) {
      throw new InvalidInputException("body: the zip holds no files; zip plants.csv,"
          + " products.csv and arcs.csv (or nodes.csv and edges.csv)");
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: the directory is under java.io.tmpdir
    }
  }

  /** A client-supplied value for a message: control characters escaped, at most 60 chars. */
  static String visible(String s) {
    String t = s == null ? "null" : s.length() > 60 ? s.substring(0, 57) + "..." : s;
    return Terminal.visible(t);
  }
}
