package cn.xixian.alliance.core.harvest.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a harvest file. Headers match case-insensitively, and the Chinese headings a
 * cooperative's own spreadsheet is likely to carry are understood too.
 */
final class ImportColumns {

    static final List<String> REQUIRED = List.of("householdId", "pickDate", "weightKg");

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        for (String c : List.of("externalRef", "householdId", "orchardCode", "pickDate", "weightKg", "grade",
                "avgFruitWeightG", "brix", "notes")) {
            ALIASES.put(c.toLowerCase(Locale.ROOT), c);
        }
        ALIASES.put("批次编号", "externalRef");
        ALIASES.put("农户", "householdId");
        ALIASES.put("农户编号", "householdId");
        ALIASES.put("果园", "orchardCode");
        ALIASES.put("采摘日期", "pickDate");
        ALIASES.put("重量(kg)", "weightKg");
        ALIASES.put("重量", "weightKg");
        ALIASES.put("等级", "grade");
        ALIASES.put("单果重(g)", "avgFruitWeightG");
        ALIASES.put("单果重", "avgFruitWeightG");
        ALIASES.put("糖度", "brix");
        ALIASES.put("备注", "notes");
    }

    private ImportColumns() {
    }

    /** The canonical column name for each header cell, or null for a column we do not read. */
    static List<String> canonical(List<String> header) {
        List<String> names = new ArrayList<>(header.size());
        for (String cell : header) {
            String key = cell == null ? "" : cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            names.add(ALIASES.get(key));
        }
        return names;
    }

    /** The required columns a header lacks; empty when it is usable. */
    static List<String> missing(List<String> header) {
        List<String> names = canonical(header);
        return REQUIRED.stream().filter(c -> !names.contains(c)).toList();
    }
}
