package org.warledger.server.importer;

import static org.warledger.server.grpc.CommonMapper.blankToNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;
import org.warledger.proto.v1.FigureSubject;
import org.warledger.proto.v1.ImportedFigure;
import org.warledger.proto.v1.ImportedRecord;
import org.warledger.server.grpc.CommonMapper;
import org.warledger.server.grpc.EnumNames;
import org.warledger.server.grpc.QuantityMapper;
import org.warledger.server.grpc.ControlCharacters;
import org.warledger.server.grpc.Violations;

/** Checks every field of an import record before anything of it is written. */
final class RecordValidator {

    private static final Pattern DATASET = Pattern.compile("[A-Z0-9][A-Z0-9\\-]{1,31}");
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}");
    private static final int MAX_FIGURES = 10;

    private RecordValidator() {
    }

    /** The plan for {@code r}; throws RequestValidationException naming every bad field. */
    static RecordPlan validate(ImportedRecord r) {
        Violations v = new Violations();
        ControlCharacters.check(r, v);
        if (v.required("dataset", r.getDataset()) && !DATASET.matcher(r.getDataset()).matches()) {
            v.add("dataset", "must be 2-32 uppercase letters, digits and '-', e.g. UCDP-GED");
        }
        if (v.required("source_id", r.getSourceId()) && !SOURCE_ID.matcher(r.getSourceId()).matches()) {
            v.add("source_id", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        v.length("release", r.getRelease(), Violations.MAX_NAME);
        v.conflictKey("conflict_key", r.getConflictKey());
        v.required("side_a", r.getSideA());
        v.length("side_b", r.getSideB(), Violations.MAX_NAME);
        var location = CommonMapper.location("location", r.hasLocation(), r.getLocation(), v);
        var occurred = CommonMapper.window("occurred", r.hasOccurred(), r.getOccurred(), v);
        if (r.getDescription().isBlank()) {
            v.add("description", "is required");
        }
        v.length("description", r.getDescription(), 1_000);
        v.text("sources", r.getSources());
        v.length("source_original", r.getSourceOriginal(), Violations.MAX_NAME);
        v.text("notes", r.getNotes());
        Instant statedAt = r.hasStatedAt() ? v.instant("stated_at", r.getStatedAt()) : null;
        if (!r.hasStatedAt()) {
            v.add("stated_at", "is required");
        }
        List<RecordPlan.Figure> figures = figures(r, v);
        v.throwIfAny();
        return new RecordPlan(r.getDataset(), r.getSourceId(), blankToNull(r.getRelease()), r.getConflictKey(),
                r.getSideA().strip(), blankToNull(r.getSideB()) == null ? null : r.getSideB().strip(), location,
                occurred, r.getDescription(), blankToNull(r.getSources()), blankToNull(r.getSourceOriginal()),
                blankToNull(r.getNotes()), statedAt, figures);
    }

    private static List<RecordPlan.Figure> figures(ImportedRecord r, Violations v) {
        v.listSize("figures", r.getFiguresCount(), 1, MAX_FIGURES);
        List<RecordPlan.Figure> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.getFiguresCount(); i++) {
            ImportedFigure f = r.getFigures(i);
            String at = "figures[" + i + "]";
            RecordPlan.Subject subject = subject(f.getSubject());
            if (subject == null) {
                v.add(at + ".subject", "must be SIDE_A, SIDE_B, CIVILIANS, UNKNOWN or ALL");
            } else if (subject == RecordPlan.Subject.SIDE_B && blankToNull(r.getSideB()) == null) {
                v.add(at + ".subject", "is SIDE_B but the record has no side_b");
            }
            ClaimCategory category = EnumNames.of(ClaimCategory.class, "CLAIM_CATEGORY_", f.getCategory().name(),
                    f.getCategoryValue());
            if (category == null) {
                v.add(at + ".category", "must be a known category");
            }
            Quantity quantity = QuantityMapper.toDomain(at + ".quantity", f.hasQuantity(), f.getQuantity(), v);
            v.text(at + ".original_words", f.getOriginalWords());
            if (subject != null && category != null && !seen.add(subject + "/" + category)) {
                v.add(at, "repeats the subject " + subject + " and category " + category);
            }
            if (subject != null && category != null && quantity != null) {
                out.add(new RecordPlan.Figure(i, subject, category, quantity, blankToNull(f.getOriginalWords())));
            }
        }
        return out;
    }

    private static RecordPlan.Subject subject(FigureSubject s) {
        return switch (s) {
            case FIGURE_SUBJECT_SIDE_A -> RecordPlan.Subject.SIDE_A;
            case FIGURE_SUBJECT_SIDE_B -> RecordPlan.Subject.SIDE_B;
            case FIGURE_SUBJECT_CIVILIANS -> RecordPlan.Subject.CIVILIANS;
            case FIGURE_SUBJECT_UNKNOWN -> RecordPlan.Subject.UNKNOWN;
            case FIGURE_SUBJECT_ALL -> RecordPlan.Subject.ALL;
            default -> null;
        };
    }
}
