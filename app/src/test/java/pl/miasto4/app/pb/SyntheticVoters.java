package pl.miasto4.app.pb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic voters for tests and the voting benchmark, never for a real vote: valid PESEL numbers
 * (date, serial, check digit) made up for the purpose, each with a district, written as a register CSV.
 */
public final class SyntheticVoters {
    private SyntheticVoters() {
    }

    /** A valid PESEL for the birth date and serial number (0–9999). */
    public static String pesel(LocalDate birth, int serial) {
        int month = birth.getMonthValue() + switch (birth.getYear() / 100) {
            case 18 -> 80;
            case 20 -> 20;
            case 21 -> 40;
            case 22 -> 60;
            default -> 0;
        };
        String first = String.format("%02d%02d%02d%04d", birth.getYear() % 100, month, birth.getDayOfMonth(), serial);
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += w[i] * (first.charAt(i) - '0');
        }
        return first + (10 - sum % 10) % 10;
    }

    public record Voter(String pesel, LocalDate birth, String district) {
    }

    /** {@code n} adults born 1950–1999, spread over the districts in turn. */
    public static List<Voter> adults(int n, List<String> districts) {
        List<Voter> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate birth = LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28);
            out.add(new Voter(pesel(birth, i / 600), birth, districts.get(i % districts.size())));
        }
        return out;
    }

    public static String csv(List<Voter> voters, boolean withBirthDate) {
        StringBuilder sb = new StringBuilder(withBirthDate ? "pesel;data_urodzenia;dzielnica\n" : "pesel;dzielnica\n");
        for (Voter v : voters) {
            sb.append(v.pesel()).append(';');
            if (withBirthDate) {
                sb.append(v.birth()).append(';');
            }
            sb.append(v.district()).append('\n');
        }
        return sb.toString();
    }
}
