package ftz.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

/**
 * Starts Neo4j Community as an embedded DBMS with a Bolt connector on HOST:PORT (HTTP off, auth on)
 * and keeps it running until SIGTERM/SIGINT, when a shutdown hook stops it cleanly.
 *
 * <p>Usage: {@code Launcher --home DIR --host 127.0.0.1 --port 7687}. DIR holds Neo4j's data and
 * logs and the owner-only {@code password} file of the {@code neo4j} user. The password is created
 * on first start and set through the system database while Bolt is still closed (a first run starts
 * the DBMS twice: once without Bolt to set it, then with Bolt), so nobody can log in with the default
 * password in between. The password is never printed.
 *
 * <p>Protocol on stdout, one line each: {@code FTZ_NEO4J_READY <uri> <version>} once Bolt accepts
 * connections, {@code FTZ_NEO4J_FAILED <reason>} when start-up fails (exit code 1) and
 * {@code FTZ_NEO4J_STOPPED} after a clean shutdown.
 */
public final class Launcher {
  private static final String INITIAL_USER = "neo4j";

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      out.println("FTZ_NEO4J_FAILED " + e.getMessage());
      System.exit(2);
      return;
    }
    DatabaseManagementService dbms;
    String version;
    try {
      ensurePassword(options);
      dbms = build(options, true);
      version = version();
      awaitBolt(options);
    } catch (Exception e) {
      out.println("FTZ_NEO4J_FAILED " + describe(e));
      out.flush();
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  out.println("FTZ_NEO4J_STOPPED");
                  out.flush();
                  stopped.countDown();
                },
                "ftz-neo4j-shutdown"));
    out.println("FTZ_NEO4J_READY bolt://" + options.host + ":" + options.port + " " + version);
    out.flush();
    stopped.await();
  }

  /** First start (no password file or no system database yet): set the password with Bolt closed. */
  private static void ensurePassword(Options options) throws IOException {
    Path file = options.home.resolve("password");
    Path systemDb = options.home.resolve("data").resolve("databases").resolve("system");
    if (Files.exists(file) && Files.isDirectory(systemDb)) {
      return;
    }
    String password = PasswordFile.readOrCreate(file);
    DatabaseManagementService dbms = build(options, false);
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER " + INITIAL_USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } finally {
      dbms.shutdown();
    }
  }

  private static DatabaseManagementService build(Options options, boolean bolt) {
    return new DatabaseManagementServiceBuilder(options.home)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(BoltConnector.enabled, bolt)
        .setConfig(BoltConnector.listen_address, new SocketAddress(options.host, options.port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(options.host, options.port))
        // Bolt waits 5 s twice for idle thread pools on shutdown by default; a local server need not.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb))
        // one transaction may not take the heap: a query that collects too much fails fast with
        // Neo.TransientError.General.MemoryPoolOutOfMemoryError instead of stalling everyone
        .setConfig(GraphDatabaseSettings.memory_tracking, true)
        .setConfig(
            GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(options.txMemoryMb))
        // a small local store: no 256 MiB pre-allocated transaction log files, and no history of
        // transaction logs beyond what recovery needs (every reload rewrites whole documents)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        // filling the full-text index (after every bulk import, and on a new index) with Lucene's own
        // merge factor (10; Neo4j's 2 re-merges the segments again and again), a 200 MB writer buffer
        // and merged segments kept as plain files, not copied into compound files: about a fifth less
        // CPU to fill ftzSearch at 1,000 plans (bench/post-import.ts --probe --ft-only)
        .setConfig(LuceneSettings.lucene_merge_factor, 10)
        .setConfig(LuceneSettings.lucene_population_ram_buffer_size, 200.0)
        .setConfig(LuceneSettings.lucene_nocfs_ratio, 0.0)
        .build();
  }

  /** The Neo4j version from the API jar's manifest (a Cypher query here would delay readiness by
   *  the first query's compilation, which the first client pays anyway). */
  private static String version() {
    String version = DatabaseManagementService.class.getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }

  /** Bolt is open once a TCP connection to it succeeds; retry briefly while the connector binds. */
  private static void awaitBolt(Options options) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(options.host, options.port), 1000);
        return;
      } catch (IOException e) {
        last = e;
        Thread.sleep(100);
      }
    }
    throw new IOException("Bolt does not answer on " + options.host + ":" + options.port, last);
  }

  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (text.length() > 0) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.toString().replace('\n', ' ');
  }
}
