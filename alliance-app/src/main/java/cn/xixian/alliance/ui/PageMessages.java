package cn.xixian.alliance.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The messages a page's script needs, as JSON for {@code <script type="application/json" id="i18n">}:
 * every key of one page bundle ({@code i18n/<page>.properties}) in the request's language.
 * Use in a template: {@code th:utext="${@pageMessages.json('storage')}"}; in the script: {@code Alliance.t(key)}.
 */
@Component("pageMessages")
public class PageMessages {

    private final ObjectMapper json;

    PageMessages(ObjectMapper json) {
        this.json = json;
    }

    public String json(String page) throws JsonProcessingException {
        Locale locale = LocaleContextHolder.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + page, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> all = new TreeMap<>();
        bundle.keySet().forEach(key -> all.put(key, bundle.getString(key)));
        // "</" would end the surrounding <script> element early.
        return json.writeValueAsString(all).replace("</", "<\\/");
    }
}
