package org.warledger.server.grpc;

import org.warledger.domain.common.Quantity;
import org.warledger.proto.v1.QuantityKind;

/** Quantities between proto and domain; every shape is checked field by field before it is built. */
final class QuantityMapper {

    private QuantityMapper() {
    }

    static Quantity toDomain(String field, boolean present, org.warledger.proto.v1.Quantity q, Violations v) {
        if (!present) {
            v.add(field, "is required");
            return null;
        }
        int before = v.size();
        switch (q.getKind()) {
            case QUANTITY_KIND_EXACTLY, QUANTITY_KIND_AT_LEAST, QUANTITY_KIND_MORE_THAN, QUANTITY_KIND_ABOUT ->
                    number(field + ".value", q.hasValue(), q.getValue(), v);
            case QUANTITY_KIND_BETWEEN -> {
                number(field + ".low", q.hasLow(), q.getLow(), v);
                number(field + ".high", q.hasHigh(), q.getHigh(), v);
                if (v.size() == before && q.getLow() > q.getHigh()) {
                    v.add(field + ".high", "must not be below low (" + q.getLow() + ")");
                }
                if (v.size() == before && q.hasBest() && (q.getBest() < q.getLow() || q.getBest() > q.getHigh())) {
                    v.add(field + ".best", "must lie between low and high");
                }
            }
            case QUANTITY_KIND_NOT_GIVEN -> {
                if (q.hasValue() || q.hasLow() || q.hasHigh() || q.hasBest()) {
                    v.add(field, "a number not given carries no value, low, high or best");
                }
            }
            default -> v.add(field + ".kind", "must be EXACTLY, AT_LEAST, MORE_THAN, ABOUT, BETWEEN or NOT_GIVEN");
        }
        if (v.size() > before) {
            return null;
        }
        return switch (q.getKind()) {
            case QUANTITY_KIND_EXACTLY -> Quantity.exactly(q.getValue());
            case QUANTITY_KIND_AT_LEAST -> Quantity.atLeast(q.getValue());
            case QUANTITY_KIND_MORE_THAN -> Quantity.moreThan(q.getValue());
            case QUANTITY_KIND_ABOUT -> Quantity.about(q.getValue());
            case QUANTITY_KIND_BETWEEN -> Quantity.between(q.getLow(), q.getHigh(), q.hasBest() ? q.getBest() : null);
            default -> Quantity.notGiven();
        };
    }

    static org.warledger.proto.v1.Quantity toProto(Quantity q) {
        var b = org.warledger.proto.v1.Quantity.newBuilder().setKind(QuantityKind.valueOf("QUANTITY_KIND_" + q.kind().name()));
        if (q.value() != null) {
            b.setValue(q.value());
        }
        if (q.low() != null) {
            b.setLow(q.low()).setHigh(q.high());
        }
        if (q.best() != null) {
            b.setBest(q.best());
        }
        return b.build();
    }

    private static void number(String field, boolean present, long n, Violations v) {
        if (!present) {
            v.add(field, "is required");
        } else if (n < 0) {
            v.add(field, "must not be negative (" + n + ")");
        }
    }
}
