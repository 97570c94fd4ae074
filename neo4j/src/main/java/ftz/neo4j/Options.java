package ftz.neo4j;

import java.nio.file.Path;

/** Command-line options of the launcher: --home DIR --host HOST --port PORT [--pagecache-mb N]. */
final class Options {
  final Path home;
  final String host;
  final int port;
  final long pageCacheMb;

  private Options(Path home, String host, int port, long pageCacheMb) {
    this.home = home;
    this.host = host;
    this.port = port;
    this.pageCacheMb = pageCacheMb;
  }

  static Options parse(String[] args) {
    Path home = null;
    String host = "127.0.0.1";
    int port = 7687;
    long pageCacheMb = 256;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + name);
      }
      String value = args[++i];
      switch (name) {
        case "--home" -> home = Path.of(value).toAbsolutePath();
        case "--host" -> host = value;
        case "--port" -> port = Integer.parseInt(value);
        case "--pagecache-mb" -> pageCacheMb = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (home == null) {
      throw new IllegalArgumentException("usage: Launcher --home DIR [--host HOST] [--port PORT]");
    }
    return new Options(home, host, port, pageCacheMb);
  }
}
