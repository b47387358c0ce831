package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.HarvestLotRequest;
import cn.xixian.alliance.core.harvest.HarvestLotRules;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.harvest.persistence.ImportErrorDocument;
import cn.xixian.alliance.core.web.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.types.ObjectId;
import org.springframework.batch.item.ItemProcessor;

/**
 * Turns a row into a lot by the same rules the API applies ({@link HarvestLotRules}); cells that
 * cannot even be parsed are reported by name and not checked a second time.
 */
class HarvestRowProcessor implements ItemProcessor<ImportRow, RowOutcome> {

    private static final Map<String, Grade> GRADE_NAMES = Map.of("特级", Grade.SPECIAL, "一级", Grade.GRADE_1,
            "二级", Grade.GRADE_2, "等外", Grade.OFF_GRADE);
    private static final DateTimeFormatter LOOSE_DATE = DateTimeFormatter.ofPattern("y[-][/][.]M[-][/][.]d");

    private final HarvestLotRules rules;
    private final String importId;
    private final String cooperativeId;
    private final String fileDigest;
    private final String createdBy;
    private final Predicate<String> isHouseholdOfCooperative;

    HarvestRowProcessor(HarvestLotRules rules, String importId, String cooperativeId, String fileDigest,
            String createdBy, Set<String> householdIds) {
        this.rules = rules;
        this.importId = importId;
        this.cooperativeId = cooperativeId;
        this.fileDigest = fileDigest;
        this.createdBy = createdBy;
        this.isHouseholdOfCooperative = householdIds::contains;
    }

    @Override
    public RowOutcome process(ImportRow row) {
        List<FieldError> errors = new ArrayList<>();
        HarvestLotRequest request = new HarvestLotRequest(cooperativeId, row.get("householdId"), row.get("orchardCode"),
                parse(row, "pickDate", HarvestRowProcessor::date, errors),
                parse(row, "weightKg", BigDecimal::new, errors),
                parse(row, "grade", HarvestRowProcessor::grade, errors),
                parse(row, "avgFruitWeightG", BigDecimal::new, errors),
                parse(row, "brix", BigDecimal::new, errors),
                row.get("notes"), row.get("externalRef"));
        Set<String> unparsable = new HashSet<>();
        errors.forEach(e -> unparsable.add(e.field()));
        if (unparsable.contains("avgFruitWeightG") || unparsable.contains("brix")) {
            unparsable.add("grade"); // "grade or measurements required" would only restate the parse error
        }
        HarvestLotRules.Checked checked = rules.check(request, isHouseholdOfCooperative);
        checked.errors().stream().filter(e -> !unparsable.contains(e.field())).forEach(errors::add);
        if (!errors.isEmpty()) {
            return new RowOutcome(null, errors.stream()
                    .map(e -> ImportErrorDocument.of(importId, row.row(), e.field(), e.message())).toList());
        }
        // A row without its own reference is keyed by file and line: re-importing the same file stays idempotent.
        String externalRef = request.externalRef() != null ? request.externalRef()
                : "F" + fileDigest.substring(0, 16) + "-R" + row.row();
        return new RowOutcome(HarvestLotService.toDocument(new ObjectId().toHexString(), cooperativeId, request,
                checked.grade(), externalRef, importId, createdBy), List.of());
    }

    private static <T> T parse(ImportRow row, String column, Function<String, T> parser, List<FieldError> errors) {
        String raw = row.get(column);
        if (raw == null) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (RuntimeException e) {
            errors.add(FieldError.of(column, switch (column) {
                case "pickDate" -> "must be a date like 2026-09-15, not '" + raw + "'";
                case "grade" -> "must be one of SPECIAL, GRADE_1, GRADE_2, OFF_GRADE, not '" + raw + "'";
                default -> "must be a number, not '" + raw + "'";
            }));
            return null;
        }
    }

    private static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(raw, LOOSE_DATE);
        }
    }

    private static Grade grade(String raw) {
        Grade byName = GRADE_NAMES.get(raw);
        return byName != null ? byName : Grade.valueOf(raw.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
