package pl.miasto4.app.opendata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One dataset of the open-data catalogue: an indicator series for one kind of unit, a participatory-budget
 * pool as a pabulib file, an index build, or a maturity assessment.
 *
 * @param id           stable identifier, also the CKAN name: lower-case letters, digits, '-' and '_'
 * @param frequency    update frequency as the store writes it (annual, quarterly, monthly, daily, irregular)
 * @param landingPage  path of the page that shows it, relative to the site
 * @param theme        EU data theme code (GOVE, SOCI, ECON, ...), see CatalogueRdf
 */
public record PublishedDataset(String id, Kind kind, String titlePl, String titleEn, String descriptionPl,
                               String descriptionEn, String frequency, LocalDate temporalStart, LocalDate temporalEnd,
                               OffsetDateTime modified, String landingPage, String theme, List<String> keywords,
                               List<Distribution> distributions) {

    public enum Kind { SERIES, PB, INDEX, MATURITY }

    /**
     * A file of the dataset.
     *
     * @param format       short name in the download URL and the usage counts (csv, csv-pl, xlsx, ...)
     * @param path         download path relative to the site
     * @param mediaType    IANA media type
     * @param fileType     EU file-type authority code (CSV, XLSX, JSON, TXT)
     * @param openness     five-star openness score (DCAT-AP PL): 2 proprietary structured, 3 open structured
     */
    public record Distribution(String format, String titlePl, String titleEn, String path, String mediaType,
                               String fileType, int openness) {
    }

    public String title(boolean english) {
        return english ? titleEn : titlePl;
    }

    /** When the data should next be refreshed: the last change plus the update interval (DCAT-AP PL validity). */
    public LocalDate validUntil() {
        LocalDate from = modified.toLocalDate();
        return switch (frequency) {
            case "annual" -> from.plusYears(1);
            case "quarterly" -> from.plusMonths(3);
            case "monthly" -> from.plusMonths(1);
            case "weekly" -> from.plusWeeks(1);
            case "daily" -> from.plusDays(1);
            default -> null;
        };
    }
}
