package pl.miasto4.app.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who publishes the catalogue and under what terms ({@code miasto.opendata.*} in application.properties,
 * or MIASTO_OPENDATA_* in the environment). The defaults describe the demo; a city sets its own office's name,
 * REGON and contact address. A REGON whose check digit is wrong stops the start.
 */
@Component
public class OpenDataSettings {
    private final String publisherName;
    private final String regon;
    private final String contactEmail;
    private final String baseUrl;
    private final String licence;
    private final String licenceUrl;
    private final String cityUnit;

    public OpenDataSettings(@Value("${miasto.opendata.publisher-name}") String publisherName,
                            @Value("${miasto.opendata.publisher-regon}") String regon,
                            @Value("${miasto.opendata.contact-email}") String contactEmail,
                            @Value("${miasto.opendata.base-url:}") String baseUrl,
                            @Value("${miasto.opendata.licence}") String licence,
                            @Value("${miasto.opendata.licence-url}") String licenceUrl,
                            @Value("${miasto.opendata.city-unit}") String cityUnit) {
        if (!validRegon(regon)) {
            throw new IllegalStateException("miasto.opendata.publisher-regon: '" + regon
                    + "' is not a REGON (9 or 14 digits with a correct check digit)");
        }
        this.publisherName = publisherName;
        this.regon = regon;
        this.contactEmail = contactEmail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.licence = licence;
        this.licenceUrl = licenceUrl;
        this.cityUnit = cityUnit;
    }

    /** REGON check digit: weighted sum of the digits modulo 11, 10 counting as 0 (GUS). */
    static boolean validRegon(String regon) {
        int[] weights;
        if (regon.matches("\\d{9}")) {
            weights = new int[]{8, 9, 2, 3, 4, 5, 6, 7};
        } else if (regon.matches("\\d{14}")) {
            weights = new int[]{2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};
        } else {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (regon.charAt(i) - '0');
        }
        return sum % 11 % 10 == regon.charAt(weights.length) - '0';
    }

    public String publisherName() {
        return publisherName;
    }

    public String regon() {
        return regon;
    }

    public String contactEmail() {
        return contactEmail;
    }

    /** The site's public address; empty: taken from each request. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The licence as a code of the EU licence authority table (CC_BY_4_0, ...). */
    public String licence() {
        return licence;
    }

    public String licenceUrl() {
        return licenceUrl;
    }

    /** The city whose open-data usage indicators are filled from the counts (TERYT code). */
    public String cityUnit() {
        return cityUnit;
    }
}
