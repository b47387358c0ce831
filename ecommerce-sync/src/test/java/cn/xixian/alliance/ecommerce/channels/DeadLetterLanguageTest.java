package cn.xixian.alliance.ecommerce.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.ecommerce.SalesTestSupport;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.stores.OnlineStoreRequest;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import cn.xixian.alliance.ecommerce.stores.StorePlatform;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A refused store message: the webhook answers in the caller's language, the dead letter keeps English. */
class DeadLetterLanguageTest extends SalesTestSupport {

    private static final String STORE = "TAOBAO-L1";
    private static final String SECRET = "language-taobao-secret-01";

    @Autowired
    MockMvc mvc;
    @Autowired
    OnlineStores stores;
    @Autowired
    DeadLetters deadLetters;

    @Test
    void theRefusalIsChineseForAChineseCallerAndTheDeadLetterIsStoredInEnglish() throws Exception {
        stores.create(new OnlineStoreRequest(STORE, "隰县玉露香梨淘宝店", StorePlatform.TAOBAO, null, SECRET, null));
        String unknownSku = ChannelTestSupport.sample("taobao-trade-fullinfo.json")
                .replace("\"outer_sku_id\": \"YLX-G1-5KG\"", "\"outer_sku_id\": \"YLX-G9-1KG\"");
        byte[] raw = unknownSku.getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/api/v1/stores/{code}/webhook", STORE).contentType(MediaType.APPLICATION_JSON).content(raw)
                        .header(OnlineStores.SIGNATURE_HEADER, OnlineStores.sign(SECRET, raw))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("输入有误"))
                .andExpect(jsonPath("$.errors[0].message").value("'YLX-G9-1KG' 不在 SKU 目录中"));

        assertThat(deadLetters.list(STORE, null, 0, 10)).singleElement()
                .satisfies(letter -> assertThat(letter.reason()).contains("'YLX-G9-1KG' is not in the SKU catalog"));
        mvc.perform(get("/api/v1/dead-letters").param("storeCode", STORE).with(httpBasic("coordinator", "pw"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(jsonPath("$.items[0].reason").value(org.hamcrest.Matchers.containsString("'YLX-G9-1KG' 不在 SKU 目录中")));
        mvc.perform(get("/api/v1/dead-letters").param("storeCode", STORE).with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.items[0].reason").value(org.hamcrest.Matchers.containsString("is not in the SKU catalog")));
    }
}
