package ftz.neo4j;

import java.nio.file.Path;

/**
 * Command-line options of the launcher: --home DIR --host HOST --port PORT [--pagecache-mb N]
 * [--tx-memory-mb N] (db.memory.transaction.max: what one transaction may use; 0 = unlimited).
 */
final class Options {
  final Path home;
  final String host;
  final int port;
  final long pageCacheMb;
  final long txMemoryMb;

  private Options(Path home, String host, int port, long pageCacheMb, long txMemoryMb) {
    this.home = home;
    this.host = host;
    this.port = port;
    this.pageCacheMb = pageCacheMb;
    this.txMemoryMb = txMemoryMb;
  }

  static Options parse(String[] args) {
    Path home = null;
    String host = "127.0.0.1";
    int port = 7687;
    long pageCacheMb = 256;
    long txMemoryMb = 256;
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
        case "--tx-memory-mb" -> txMemoryMb = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (home == null) {
      throw new IllegalArgumentException("usage: Launcher --home DIR [--host HOST] [--port PORT]");
    }
    if (txMemoryMb < 0) {
      throw new IllegalArgumentException("--tx-memory-mb must be 0 (unlimited) or more");
    }
    return new Options(home, host, port, pageCacheMb, txMemoryMb);
  }
}
