package cn.xixian.alliance.ui.cooperative;

import cn.xixian.alliance.core.registry.Household;
import java.util.List;

/** The harvest CSV template a cooperative downloads: the import's header, a row per household to fill in. */
final class HarvestTemplate {

    /** The columns of the harvest import (README, Harvest imports) in its order, then the optional ones; {@code householdName} is read by nobody. */
    static final String HEADER = "externalRef,householdId,pickDate,weightKg,grade,avgFruitWeightG,brix,orchardCode,notes,householdName";

    private HarvestTemplate() {
    }

    /** UTF-8 with a byte-order mark, so that Excel on a Chinese Windows shows the names right. */
    static String csv(List<Household> households) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (Household h : households) {
            String orchard = h.orchards() == null || h.orchards().isEmpty() ? "" : h.orchards().get(0).code();
            csv.append(String.join(",", cell(""), cell(h.id()), cell(""), cell(""), cell(""), cell(""), cell(""),
                    cell(orchard), cell(""), cell(h.code() + " " + h.name()))).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Every cell quoted (a name may hold commas, quotes, line breaks), and a value that a spreadsheet would take
     * for a formula ({@code = + - @}, or a tab or carriage return before one) starts with an apostrophe instead.
     */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
