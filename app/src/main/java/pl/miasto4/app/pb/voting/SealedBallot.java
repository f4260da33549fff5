package pl.miasto4.app.pb.voting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What is sealed while voting is open: the receipt code, the projects in the voter's order and their
 * points. Padded with zero bytes to a length fixed per pool ({@link #paddedLength}), so that every
 * sealed ballot of a pool is exactly as long as every other and its length tells nothing about the
 * choices (a one-project ballot would otherwise be shorter than a three-project one).
 */
public record SealedBallot(String receipt, List<String> projects, List<Integer> points) {
    private static final String VERSION = "v1";

    /** Room for any valid ballot of a pool with these project ids (and points, if it has them), rounded up to 256 bytes. */
    static int paddedLength(List<String> projectIds, boolean points) {
        int room = 64;
        for (String id : projectIds) {
            room += id.getBytes(StandardCharsets.UTF_8).length + 1 + (points ? 12 : 0);
        }
        return (room + 255) / 256 * 256;
    }

    byte[] encode(int length) {
        StringBuilder sb = new StringBuilder(VERSION).append('\n').append(receipt).append('\n')
                .append(String.join(",", projects)).append('\n');
        if (points != null) {
            sb.append(String.join(",", points.stream().map(String::valueOf).toList()));
        }
        sb.append('\n');
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (text.length > length) {
            throw new IllegalArgumentException("a ballot does not fit the pool's sealed length");
        }
        return Arrays.copyOf(text, length);
    }

    public static SealedBallot decode(byte[] padded) {
        int end = padded.length;
        while (end > 0 && padded[end - 1] == 0) {
            end--;
        }
        String[] lines = new String(padded, 0, end, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length < 4 || !lines[0].equals(VERSION)) {
            throw new IllegalStateException("not a sealed ballot of version " + VERSION);
        }
        List<String> projects = lines[2].isEmpty() ? List.of() : List.of(lines[2].split(","));
        List<Integer> points = null;
        if (!lines[3].isEmpty()) {
            points = new ArrayList<>();
            for (String p : lines[3].split(",")) {
                points.add(Integer.valueOf(p));
            }
        }
        return new SealedBallot(lines[1], projects, points);
    }
}
