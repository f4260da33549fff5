package pl.miasto4.app.dataset;

import java.time.LocalDate;
import java.util.List;

/** An entry of the register of datasets and systems: what data the city holds, whose it is, how fresh. */
public record Dataset(long id, String code, String namePl, String nameEn, String description, String owner,
                      String updateFrequency, String format, String licence, boolean open, String url,
                      LocalDate lastUpdated, String system, List<String> indicators) {

    /** Days a dataset may go without an update before it is stale: the update interval plus a grace period. */
    static Integer allowedAgeDays(String frequency) {
        return switch (frequency) {
            case "annual" -> 365 + 90;
            case "quarterly" -> 92 + 30;
            case "monthly" -> 31 + 14;
            case "weekly" -> 7 + 3;
            case "daily" -> 1 + 2;
            case "realtime" -> 1;
            default -> null; // irregular: never stale by age
        };
    }

    /** Stale: older than its update frequency allows, or never updated. Irregular datasets are never stale by age. */
    public boolean stale(LocalDate today) {
        Integer allowed = allowedAgeDays(updateFrequency);
        if (allowed == null) {
            return false;
        }
        return lastUpdated == null || lastUpdated.plusDays(allowed).isBefore(today);
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : namePl;
    }
}
