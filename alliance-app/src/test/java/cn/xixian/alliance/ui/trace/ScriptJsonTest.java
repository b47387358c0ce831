package cn.xixian.alliance.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16 item 12: a household name can neither end the trace page's JSON script nor open a comment in it. */
class ScriptJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void angleBracketsAndAmpersandsAreEscapedAndTheJsonReadsTheSame() throws Exception {
        Map<String, String> node = Map.of("name", "王<!--<script>alert(1)</script>&amp;");

        String safe = ScriptJson.safe(json.writeValueAsString(node));

        assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(json.readValue(safe, Map.class)).isEqualTo(node);
    }
}
