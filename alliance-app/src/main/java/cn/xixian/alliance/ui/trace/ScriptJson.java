package cn.xixian.alliance.ui.trace;

/**
 * JSON written into a page's {@code <script type="application/json">}: {@code <}, {@code >} and {@code &} become
 * JSON escapes (the same text to {@code JSON.parse}), so no stored name ({@code </script>}, {@code <!--<script})
 * can end the script element or change how the browser reads it.
 */
final class ScriptJson {

    private ScriptJson() {
    }

    static String safe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
