package cn.xixian.alliance.ecommerce.channels.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 16 item 16: an endless answer from a store's order API ends the round, not the heap. */
class CappedBodyTest {

    @Test
    void anEndlessAnswerIsCutAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertThatThrownBy(() -> CappedBody.read(endless, 1024, "TAOBAO-01")).isInstanceOf(IOException.class)
                .hasMessage("order API of TAOBAO-01 answered more than 1024 bytes");
    }

    @Test
    void anAnswerWithinTheLimitIsReadWhole() throws IOException {
        byte[] page = "{\"orders\":[],\"店\":\"隰县\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(CappedBody.read(new ByteArrayInputStream(page), page.length, "JD-01"))
                .isEqualTo("{\"orders\":[],\"店\":\"隰县\"}");
    }
}
