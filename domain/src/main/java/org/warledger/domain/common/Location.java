package org.warledger.domain.common;

import java.util.Objects;

/** Where something happened. Coordinates are optional but come as a pair. */
public record Location(String placeName, String region, String countryCode,
                       Double latitude, Double longitude, LocationPrecision precision) {

    public Location {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(precision, "precision");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude come together");
        }
        if (latitude != null && (latitude < -90 || latitude > 90)) {
            throw new IllegalArgumentException("latitude out of range");
        }
        if (longitude != null && (longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("longitude out of range");
        }
    }
}
