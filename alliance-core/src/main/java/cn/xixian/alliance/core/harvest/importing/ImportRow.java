package cn.xixian.alliance.core.harvest.importing;

import java.util.Map;

/** One data row of an import file: its 1-based line number (header = 1) and its cells by column. */
record ImportRow(long row, Map<String, String> cells) {

    String get(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
