package org.warledger.cli.importer;

import com.google.protobuf.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.warledger.proto.v1.ClaimCategory;
import org.warledger.proto.v1.FigureSubject;
import org.warledger.proto.v1.ImportedFigure;
import org.warledger.proto.v1.Quantity;
import org.warledger.proto.v1.QuantityKind;

/** Small helpers shared by the dataset mappers. */
final class Records {

    private Records() {
    }

    static Timestamp midnight(LocalDate day) {
        return Timestamp.newBuilder().setSeconds(day.atStartOfDay(ZoneOffset.UTC).toEpochSecond()).build();
    }

    static ImportedFigure killed(FigureSubject subject, long n, String words) {
        return ImportedFigure.newBuilder().setSubject(subject).setCategory(ClaimCategory.CLAIM_CATEGORY_KILLED)
                .setQuantity(Quantity.newBuilder().setKind(QuantityKind.QUANTITY_KIND_EXACTLY).setValue(n))
                .setOriginalWords(words).build();
    }

    static String join(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(separator));
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The default conflict key: one ledger per dataset and country, e.g. {@code ucdp-ged-pk}. */
    static String conflictKey(String prefix, String countryCode) {
        return prefix + "-" + (countryCode == null ? "unknown" : countryCode.toLowerCase(Locale.ROOT));
    }
}
