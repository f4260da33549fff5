package pl.miasto4.bench;

import pl.miasto4.app.pb.SyntheticVoters;


import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator against a real Miasto server in a separate process: it starts the server on a fresh
 * home (its own embedded PostgreSQL), sets up an edition on Kraków 2022's real projects with synthetic
 * voters, lets client threads vote over HTTP, optionally kills the server with SIGKILL in the middle and
 * starts it again, then closes the vote and reconciles: every acknowledged receipt must be counted, no
 * voter twice, and the ballots counted must be exactly the acknowledged ones plus those stored just
 * before the kill whose answer never arrived (their retry says "already voted").
 */
public final class VoteLoad {
    private static final String PASSWORD = "bench-" + Long.toHexString(new Random().nextLong());
    private static final String SLUG = "bench-vote";
    private static final String POOL = "citywide";

    public record Options(int voters, int clients, double killAt, int warmup, Path home, PrintWriter log) {
    }

    /** What happened; {@code lost} and {@code duplicated} must be zero. */
    public record Report(int voters, int acknowledged, int recoveredAfterKill, int counted, int lost, int duplicated,
                         int unexpected, boolean killed, Phase before, Phase after, double downSeconds) {
    }

    /**
     * One stretch of steady voting (after the warm-up ballots): accepted ballots per second over its wall
     * time, and the latency of accepted ballots (milliseconds).
     */
    public record Phase(int ballots, double seconds, double perSecond, double p50, double p95, double p99, double max) {
    }

    /** Latencies and counts of one phase. */
    private static final class Recorder {
        final long[] micros;
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger seen = new AtomicInteger();
        final AtomicLong firstNanos = new AtomicLong();
        final AtomicLong lastNanos = new AtomicLong();
        final int warmup;

        Recorder(int capacity, int warmup) {
            this.micros = new long[capacity];
            this.warmup = warmup;
        }

        void accepted(long micros, long now) {
            int s = seen.incrementAndGet();
            if (s == warmup + 1) {
                firstNanos.set(now - micros * 1000);
            }
            if (s <= warmup) {
                return;
            }
            int k = count.getAndIncrement();
            if (k < this.micros.length) {
                this.micros[k] = micros;
            }
            lastNanos.accumulateAndGet(now, Math::max);
        }

        Phase phase() {
            int m = Math.min(count.get(), micros.length);
            long[] lat = Arrays.copyOf(micros, m);
            Arrays.sort(lat);
            double seconds = m == 0 ? 0 : (lastNanos.get() - firstNanos.get()) / 1e9;
            return new Phase(m, seconds, seconds > 0 ? m / seconds : 0, pct(lat, 0.50), pct(lat, 0.95), pct(lat, 0.99),
                    m == 0 ? 0 : lat[m - 1] / 1000.0);
        }
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private Process server;
    private int port;
    private int dbPort;

    private VoteLoad(Options options) {
        this.options = options;
    }

    public static Report run(Options options) throws Exception {
        VoteLoad load = new VoteLoad(options);
        try {
            return load.run();
        } finally {
            load.stop();
        }
    }

    private void say(String s) {
        if (options.log() != null) {
            options.log().println(s);
            options.log().flush();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The server as a separate JVM: {@code miasto serve} from the bench jar, or from the class path of a build. */
    private void start() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(javaBin));
        String extra = System.getenv("MIASTO_BENCH_SERVER_JAVA_OPTS"); // e.g. a flight recording while measuring
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        if (isBootJar(cp)) {
            // miasto-bench-exec.jar starts the benchmarks; the server is the application's main class in it
            cmd.addAll(List.of("-cp", cp, "-Dloader.main=pl.miasto4.app.Miasto",
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            cmd.addAll(List.of("-cp", cp, "pl.miasto4.app.Miasto"));
        }
        cmd.addAll(List.of("serve", "--port", Integer.toString(port), "--no-demo"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(options.home().resolve("server.log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("MIASTO_HOME", options.home().toString());
        env.put("MIASTO_DB_PORT", Integer.toString(dbPort));
        env.put("MIASTO_ADMIN_PASSWORD", PASSWORD);
        env.remove("MIASTO_DB_URL");
        server = pb.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited; see " + options.home().resolve("server.log"));
            }
            try {
                // ready once the startup runners created the administrator: an authenticated read answers
                if (http.send(HttpRequest.newBuilder(uri("/api/audit?limit=1")).header("Authorization", auth).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not start within 4 minutes; see " + options.home().resolve("server.log"));
    }

    /** Whether the class path is a single Spring Boot jar ({@code miasto-bench-exec.jar}), whose classes only its launcher loads. */
    private static boolean isBootJar(String cp) {
        if (cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) {
            return false;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(cp)) {
            return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private void stop() {
        if (server != null && server.isAlive()) {
            server.destroy(); // SIGTERM: a clean stop, the embedded PostgreSQL with it
            try {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Kills the embedded PostgreSQL the server started, postmaster first (so it cannot restart its
     * workers) and then every one of its processes, all with SIGKILL: no shutdown checkpoint, the
     * restart has to recover from the write-ahead log, as after a power cut of the process tree.
     */
    private void killDatabase() throws Exception {
        Path pidFile = options.home().resolve("pgdata").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            say("no postmaster.pid: the database had already stopped");
            return;
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
        Optional<ProcessHandle> handle = ProcessHandle.of(postmaster);
        if (handle.isEmpty()) {
            say("the database had already stopped");
            return;
        }
        List<ProcessHandle> all = new ArrayList<>();
        all.add(handle.get());
        handle.get().descendants().forEach(all::add);
        List<String> cmd = new ArrayList<>(List.of("kill", "-KILL"));
        all.forEach(p -> cmd.add(Long.toString(p.pid())));
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        for (ProcessHandle p : all) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
        say("kill -9 of the embedded PostgreSQL too (postmaster " + postmaster + " and " + (all.size() - 1) + " workers)");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> admin(String method, String path, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", auth)
                .header("Content-Type", contentType).method(method, body).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static HttpRequest.BodyPublisher multipart(String boundary, String field, String name, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] all = new byte[head.length() + content.length + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, all, 0, head.length());
        System.arraycopy(content, 0, all, head.length(), content.length);
        System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, all, head.length() + content.length, tail.length());
        return HttpRequest.BodyPublishers.ofByteArray(all);
    }

    private List<String> setUp(List<SyntheticVoters.Voter> voters) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        admin("POST", "/api/pb/editions", "application/json", HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                Map.of("slug", SLUG, "city", "Kraków", "name", "Benchmark on Kraków 2022 projects",
                        "votingStart", today.minusDays(1).toString(), "votingEnd", today.plusDays(1).toString(), "minAge", 16))));
        byte[] file;
        try (var in = VoteLoad.class.getResourceAsStream("/demo/pabulib/Poland_Krakow_2022.pb")) {
            file = in.readAllBytes();
        }
        admin("POST", "/api/pb/editions/" + SLUG + "/pools/from-file?code=" + POOL, "multipart/form-data; boundary=b0undary",
                multipart("b0undary", "file", "Poland_Krakow_2022.pb", file));
        admin("PUT", "/api/pb/editions/" + SLUG + "/register?name=synthetic.csv", "text/csv",
                HttpRequest.BodyPublishers.ofString(SyntheticVoters.csv(voters, false)));
        admin("POST", "/api/pb/editions/" + SLUG + "/open", "application/json", HttpRequest.BodyPublishers.noBody());
        JsonNode edition = json.readTree(http.send(HttpRequest.newBuilder(uri("/api/pb/editions/" + SLUG)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<String> ids = new ArrayList<>();
        edition.path("pools").get(0).path("projects").forEach(p -> ids.add(p.path("id").asString()));
        return ids;
    }

    private Report run() throws Exception {
        Files.createDirectories(options.home());
        port = freePort();
        dbPort = freePort();
        say("starting the server (fresh embedded PostgreSQL in " + options.home() + ")...");
        start();
        int n = options.voters();
        List<SyntheticVoters.Voter> voters = SyntheticVoters.adults(n, List.of("-"));
        List<String> projects = setUp(voters);
        say("edition open: " + projects.size() + " projects of Kraków 2022 (ordinal, 3 places), " + n + " voters in the register");

        // states: 0 to do, 1 acknowledged, 2 unknown (sent, no answer), 3 recovered (stored before the kill), 4 unexpected
        AtomicIntegerArray state = new AtomicIntegerArray(n);
        String[] receipts = new String[n];
        ConcurrentLinkedQueue<Integer> work = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < n; i++) {
            work.add(i);
        }
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean(false);
        Recorder before = new Recorder(n, options.warmup());
        Recorder after = new Recorder(n, options.warmup());
        AtomicLong killedAtNanos = new AtomicLong();
        AtomicLong backAtNanos = new AtomicLong();
        int killAt = options.killAt() > 0 ? (int) (n * options.killAt()) : -1;
        CountDownLatch done = new CountDownLatch(options.clients());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        Random seed = new Random(2022);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < options.clients(); t++) {
            Random random = new Random(seed.nextLong());
            Thread th = new Thread(() -> {
                KeepAliveClient client = new KeepAliveClient("localhost", port);
                try {
                    Integer idx;
                    while (System.nanoTime() < deadline) {
                        idx = work.poll();
                        if (idx == null) {
                            boolean pending = false;
                            for (int i = 0; i < n && !pending; i++) {
                                pending = state.get(i) == 0 || state.get(i) == 2;
                            }
                            if (!pending) {
                                return;
                            }
                            Thread.sleep(20);
                            continue;
                        }
                        if (down.get()) {
                            work.add(idx);
                            Thread.sleep(100);
                            continue;
                        }
                        List<String> ballot = new ArrayList<>(projects);
                        Collections.shuffle(ballot, random);
                        String body = "{\"voterId\":\"" + voters.get(idx).pesel() + "\",\"projects\":[\"" + ballot.get(0)
                                + "\",\"" + ballot.get(1) + "\",\"" + ballot.get(2) + "\"]}";
                        long t0 = System.nanoTime();
                        KeepAliveClient.Answer r;
                        try {
                            r = client.post("/api/pb/editions/" + SLUG + "/pools/" + POOL + "/ballots", body);
                        } catch (IOException e) {
                            state.set(idx, 2); // sent, but no answer: it may or may not be stored
                            work.add(idx);
                            Thread.sleep(100);
                            continue;
                        }
                        long micros = (System.nanoTime() - t0) / 1000;
                        int code = r.status();
                        if (code == 201) {
                            receipts[idx] = json.readTree(r.body()).path("receipt").asString();
                            state.set(idx, 1);
                            acknowledged.incrementAndGet();
                            if (killedAtNanos.get() == 0) {
                                before.accepted(micros, System.nanoTime());
                            } else if (backAtNanos.get() != 0 && t0 > backAtNanos.get()) {
                                after.accepted(micros, System.nanoTime());
                            }
                        } else if (code == 409 && r.body().contains("already_voted")) {
                            state.set(idx, state.get(idx) == 2 ? 3 : 4);
                        } else if (code >= 500) {
                            state.set(idx, 2);
                            work.add(idx);
                            Thread.sleep(50);
                        } else {
                            state.set(idx, 4);
                            say("unexpected answer for voter " + idx + ": " + code + " " + r.body());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    client.close();
                    done.countDown();
                }
            }, "voter-" + t);
            th.setDaemon(true);
            threads.add(th);
        }
        threads.forEach(Thread::start);
        boolean killed = false;
        while (!done.await(20, TimeUnit.MILLISECONDS)) {
            if (!killed && killAt > 0 && acknowledged.get() >= killAt) {
                killed = true;
                killedAtNanos.set(System.nanoTime());
                say("kill -9 of the server after " + acknowledged.get() + " acknowledged ballots (pid " + server.pid() + ")");
                new ProcessBuilder("kill", "-KILL", Long.toString(server.pid())).start().waitFor();
                server.waitFor(30, TimeUnit.SECONDS);
                killDatabase();
                down.set(true);
                start();
                backAtNanos.set(System.nanoTime());
                down.set(false);
                say("server back after " + String.format("%.1f", (backAtNanos.get() - killedAtNanos.get()) / 1e9) + " s");
            }
        }
        int ack = acknowledged.get();

        say("closing the vote and counting...");
        // the benchmark's edition ends tomorrow: closing it today needs a reason, recorded in the audit trail
        JsonNode closed = json.readTree(admin("POST", "/api/pb/editions/" + SLUG + "/close", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"reason\":\"benchmark run over: count the ballots\"}")).body());
        int counted = closed.path("ballots").path(POOL).asInt();
        int lost = 0;
        int recovered = 0;
        int unexpected = 0;
        say("checking every acknowledged receipt...");
        AtomicInteger notCounted = new AtomicInteger();
        AtomicInteger nextReceipt = new AtomicInteger();
        List<Thread> checkers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                try (KeepAliveClient client = new KeepAliveClient("localhost", port)) {
                    int i;
                    while ((i = nextReceipt.getAndIncrement()) < n) {
                        if (state.get(i) == 1) {
                            KeepAliveClient.Answer a = client.get("/api/pb/receipts/" + receipts[i]);
                            if (a.status() != 200 || !json.readTree(a.body()).path("state").asString().equals("counted")) {
                                notCounted.incrementAndGet();
                            }
                        }
                    }
                } catch (IOException e) {
                    notCounted.addAndGet(n); // cannot prove anything was counted
                }
            });
            th.start();
            checkers.add(th);
        }
        for (Thread th : checkers) {
            th.join();
        }
        lost = notCounted.get();
        for (int i = 0; i < n; i++) {
            switch (state.get(i)) {
                case 1 -> { }
                case 3 -> recovered++;
                default -> unexpected++; // never settled within the deadline, or an unexpected answer
            }
        }
        // no voter twice: the counted ballots are exactly the stored ones, one per voter who voted
        int duplicated = Math.max(0, counted - (ack + recovered));
        int missing = Math.max(0, (ack + recovered) - counted);
        lost = Math.max(lost, missing);

        return new Report(n, ack, recovered, counted, lost, duplicated, unexpected, killed, before.phase(),
                killed ? after.phase() : null, killed ? (backAtNanos.get() - killedAtNanos.get()) / 1e9 : 0);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }
}
