package pl.miasto4.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The load generators' HTTP/1.1 client (bench vote, bench store): one kept-alive connection, a POST of a small JSON body or a
 * GET, the status and body of the answer. Hand-written because the generator shares the machine's two cores
 * with the server it measures, and {@code java.net.http.HttpClient} spends several times more CPU per
 * request. Any I/O error closes the connection; the next request opens a new one.
 */
public final class KeepAliveClient implements AutoCloseable {
    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public KeepAliveClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public record Answer(int status, String body) {
    }

    public Answer post(String path, String json) throws IOException {
        return send("POST", path, json, "application/json");
    }

    public Answer get(String path) throws IOException {
        return send("GET", path, null, "application/json");
    }

    /** A GET with the given Accept header (a page: what browsers send). */
    public Answer get(String path, String accept) throws IOException {
        return send("GET", path, null, accept);
    }

    private Answer send(String method, String path, String json, String accept) throws IOException {
        try {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 8192);
                out = socket.getOutputStream();
            }
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + (json == null ? "" : "\r\nContent-Type: application/json") + "\r\nAccept: " + accept + "\r\nContent-Length: "
                    + body.length + "\r\n\r\n";
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            byte[] all = new byte[h.length + body.length];
            System.arraycopy(h, 0, all, 0, h.length);
            System.arraycopy(body, 0, all, h.length, body.length);
            out.write(all);
            out.flush();
            String status = line();
            if (status == null || !status.startsWith("HTTP/1.1 ")) {
                throw new IOException("no HTTP answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            String l;
            while ((l = line()) != null && !l.isEmpty()) {
                String lower = l.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(l.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (chunked) {
                while (true) {
                    int size = Integer.parseInt(line().split(";")[0].trim(), 16);
                    if (size == 0) {
                        line();
                        break;
                    }
                    content.write(in.readNBytes(size));
                    line();
                }
            } else if (length >= 0) {
                content.write(in.readNBytes(length));
            }
            if (close) {
                close();
            }
            return new Answer(code, content.toString(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            sb.append((char) c);
        }
        if (sb.length() == 0) {
            throw new IOException("connection closed");
        }
        return sb.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
