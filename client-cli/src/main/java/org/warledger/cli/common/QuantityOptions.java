package org.warledger.cli.common;

import org.warledger.proto.v1.Quantity;
import org.warledger.proto.v1.QuantityKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * A figure exactly as the claimant said it; one of the forms, as an exclusive group. Bounds are
 * checked by the server (so {@code --between 10..5} is refused naming {@code quantity.high}).
 */
public class QuantityOptions {

    @Option(names = "--exactly", paramLabel = "N", description = "Exactly N (\"twelve soldiers were killed\").")
    Long exactly;
    @Option(names = "--at-least", paramLabel = "N", description = "At least N (shown as N+).")
    Long atLeast;
    @Option(names = "--more-than", paramLabel = "N", description = "More than N (counted from N+1, shown as N+1+).")
    Long moreThan;
    @Option(names = "--about", paramLabel = "N", description = "About N (\"an estimated 115\").")
    Long about;
    @ArgGroup(exclusive = false)
    Range range;
    @Option(names = "--not-given", description = "A number was not given (\"an indeterminate number\").")
    boolean notGiven;

    /** {@code --between A..B [--best N]}. */
    static class Range {
        @Option(names = "--between", required = true, paramLabel = "A..B", description = "Between A and B.")
        String between;
        @Option(names = "--best", paramLabel = "N", description = "Best estimate within A..B (with --between).")
        Long best;
    }

    public Quantity toProto() {
        Quantity.Builder q = Quantity.newBuilder();
        if (exactly != null) {
            return q.setKind(QuantityKind.QUANTITY_KIND_EXACTLY).setValue(exactly).build();
        }
        if (atLeast != null) {
            return q.setKind(QuantityKind.QUANTITY_KIND_AT_LEAST).setValue(atLeast).build();
        }
        if (moreThan != null) {
            return q.setKind(QuantityKind.QUANTITY_KIND_MORE_THAN).setValue(moreThan).build();
        }
        if (about != null) {
            return q.setKind(QuantityKind.QUANTITY_KIND_ABOUT).setValue(about).build();
        }
        if (range != null) {
            String[] parts = range.between.split("\\.\\.", -1);
            try {
                q.setKind(QuantityKind.QUANTITY_KIND_BETWEEN).setLow(Long.parseLong(parts[0].trim()))
                        .setHigh(Long.parseLong(parts[1].trim()));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new UserException("--between: '" + range.between + "' is not a range like 10..20");
            }
            if (range.best != null) {
                q.setBest(range.best);
            }
            return q.build();
        }
        return q.setKind(QuantityKind.QUANTITY_KIND_NOT_GIVEN).build();
    }
}
