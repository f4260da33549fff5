package pl.miasto4.app.pb.voting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Polish personal number (PESEL): 11 digits, the first six the birth date with the century in
 * the month (+80 for the 1800s, +0 for the 1900s, +20 for the 2000s, +40, +60), the last a check
 * digit with weights 1-3-7-9 (Ustawa o ewidencji ludności, art. 15).
 */
final class Pesel {
    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private Pesel() {
    }

    static boolean valid(String pesel) {
        if (pesel == null || !pesel.matches("\\d{11}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += WEIGHTS[i] * (pesel.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10 == pesel.charAt(10) - '0';
    }

    static Optional<LocalDate> birthDate(String pesel) {
        if (!valid(pesel)) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(pesel.substring(0, 2));
        int mm = Integer.parseInt(pesel.substring(2, 4));
        int dd = Integer.parseInt(pesel.substring(4, 6));
        int century = switch (mm / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        try {
            return Optional.of(LocalDate.of(century + yy, mm % 20, dd));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
