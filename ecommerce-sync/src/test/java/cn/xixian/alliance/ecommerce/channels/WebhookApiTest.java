package cn.xixian.alliance.ecommerce.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.stores.OnlineStoreRequest;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import cn.xixian.alliance.ecommerce.stores.StorePlatform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

@ExtendWith(OutputCaptureExtension.class)
class WebhookApiTest extends ChannelTestSupport {

    private static final String SECRET = "tb-secret-7f3a9c2e5d1b";
    private static final String TRADE = sample("taobao-trade-fullinfo.json");

    @Autowired
    OnlineStores stores;

    @BeforeEach
    void store() {
        stores.create(new OnlineStoreRequest("TAOBAO-T1", "隰县玉露香梨淘宝旗舰店", StorePlatform.TAOBAO, null, SECRET, null));
    }

    private ResultActions push(String store, String body, String signature) throws Exception {
        var request = post("/api/v1/stores/{code}/webhook", store).contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(signature == null ? request : request.header(OnlineStores.SIGNATURE_HEADER, signature));
    }

    private static String sign(String secret, String body) {
        return OnlineStores.sign(secret, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSignedTradeIsTakenAndAnswered202() throws Exception {
        push("TAOBAO-T1", TRADE, sign(SECRET, TRADE))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.storeCode").value("TAOBAO-T1"))
                .andExpect(jsonPath("$.orderId").value("3745817231874123456"))
                .andExpect(jsonPath("$.outcome").value("BOOKED"))
                .andExpect(jsonPath("$.status").value("OPEN"));
        assertThat(received()).singleElement().satisfies(o -> {
            assertThat(o.payload()).isEqualTo(TRADE);
            assertThat(o.receiver().name()).isEqualTo("王秀兰");
        });
    }

    @Test
    void aMissingOrWrongSignatureIsRefused401AndNothingIsStoredOrLoggedOfTheSecret(CapturedOutput output)
            throws Exception {
        push("TAOBAO-T1", TRADE, null).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        push("TAOBAO-T1", TRADE, sign("another-secret-entirely", TRADE)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("signature")));
        push("TAOBAO-T1", TRADE, "not base64 at all!").andExpect(status().isUnauthorized());
        String tampered = TRADE.replace("\"num\": 1", "\"num\": 9");
        push("TAOBAO-T1", tampered, sign(SECRET, TRADE)).andExpect(status().isUnauthorized());
        // A malformed body with a bad signature is refused for the signature, not dead-lettered.
        push("TAOBAO-T1", "{not json", sign("wrong-secret-0000000", "{not json")).andExpect(status().isUnauthorized());

        assertThat(intake.getReceivedCounter()).isZero();
        assertThat(deadLetters()).isEmpty();
        assertThat(output.getAll()).contains("Webhook for store TAOBAO-T1 refused").doesNotContain(SECRET);
    }

    @Test
    void aBodyInAnotherPlatformsShapeIsReadAsThatShape() throws Exception {
        String generic = sample("generic-order.json");
        String jd = sample("jd-order.json");
        push("TAOBAO-T1", generic, sign(SECRET, generic)).andExpect(status().isAccepted());
        push("TAOBAO-T1", jd, sign(SECRET, jd)).andExpect(status().isAccepted());
        push("TAOBAO-T1", TRADE, sign(SECRET, TRADE)).andExpect(status().isAccepted());

        assertThat(received()).extracting(IncomingOrder::format)
                .containsExactly(OrderFormat.GENERIC, OrderFormat.JD, OrderFormat.TAOBAO);
        assertThat(received()).allSatisfy(o -> assertThat(o.storeCode()).isEqualTo("TAOBAO-T1"));
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void aBodyAboveTheLimitIsRefused413() throws Exception {
        String huge = "{\"tid\": 1, \"pad\": \"" + "梨".repeat(400_000) + "\"}"; // 1.2 MB in UTF-8
        push("TAOBAO-T1", huge, sign(SECRET, huge)).andExpect(status().isPayloadTooLarge());
        assertThat(deadLetters()).isEmpty();
    }

    /** Issue 16 item 14: store codes cannot be found out by trying them. */
    @Test
    void anUnknownStoreGetsTheAnswerOfAWrongSignature() throws Exception {
        String unknown = push("NO-SUCH-STORE", TRADE, sign(SECRET, TRADE)).andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        String wrong = push("TAOBAO-T1", TRADE, sign("not-the-secret", TRADE)).andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        assertThat(unknown.replace("NO-SUCH-STORE", "TAOBAO-T1")).isEqualTo(wrong);
    }

    @Test
    void aSignedMalformedTradeIs400WithTheFieldsAndADeadLetter() throws Exception {
        String bad = TRADE.replace("\"modified\": \"2026-11-11 00:03:42\",", "")
                .replace("\"outer_sku_id\": \"YLX-G1-5KG\",", "").replace("\"outer_iid\": \"YLX\",", "");
        push("TAOBAO-T1", bad, sign(SECRET, bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "modified", "orders.order[1].outer_sku_id")));
        assertThat(deadLetters()).singleElement().satisfies(l -> assertThat(l.payload()).isEqualTo(bad));

        push("TAOBAO-T1", "{\"tid\": ", sign(SECRET, "{\"tid\": ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(deadLetters()).hasSize(2);
        assertThat(intake.getReceivedCounter()).isZero();
    }

    @Test
    void anOrderTheIntakeRejectsIs400WithItsReasonAndIsNotDeadLetteredTwice() throws Exception {
        intake.whenAnyExchangeReceived(e -> e.getMessage().setBody(List.of(new IntakeResult("TAOBAO-T1",
                "3745817231874123456", IntakeOutcome.REJECTED, null, "lines[1].sku: unknown SKU 'YLX-G1-5KG'",
                "dl-by-intake"))));

        push("TAOBAO-T1", TRADE, sign(SECRET, TRADE)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[1].sku"))
                .andExpect(jsonPath("$.errors[0].message").value("unknown SKU 'YLX-G1-5KG'"));
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void aConfiguredSecretTakesPrecedenceOverTheStoredOne() throws Exception {
        stores.create(new OnlineStoreRequest("WEB-T9", "联盟自营网店", StorePlatform.WEB, null,
                "stored-secret-never-used", null));
        String order = sample("generic-order.json");
        // application.yaml of the tests: alliance.ecommerce.stores.WEB-T9.secret
        push("WEB-T9", order, sign("stored-secret-never-used", order)).andExpect(status().isUnauthorized());
        push("WEB-T9", order, sign("configured-web-t9-secret", order)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.orderId").value("832-20261111-000123"));
    }

    @Test
    void storesAreListedAndCreatedWithoutEverShowingTheSecret() throws Exception {
        mvc.perform(get("/api/v1/online-stores").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value("TAOBAO-T1"))
                .andExpect(jsonPath("$.items[0].format").value("TAOBAO"))
                .andExpect(jsonPath("$.items[0].secretSet").value(true))
                .andExpect(content().string(not(containsString(SECRET))))
                .andExpect(content().string(not(containsString("\"secret\""))));

        String jd = """
                {"code": "JD-T2", "name": "隰县玉露香梨京东自营店", "platform": "JD", "secret": "jd-secret-0123456789",
                 "poll": {"url": "https://gateway.example.cn/jd/orders", "intervalSeconds": 120, "enabled": false}}""";
        mvc.perform(post("/api/v1/online-stores").with(httpBasic("coordinator", "pw"))
                        .contentType(MediaType.APPLICATION_JSON).content(jd))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/online-stores/JD-T2"))
                .andExpect(jsonPath("$.id").value("JD-T2"))
                .andExpect(jsonPath("$.name").value("隰县玉露香梨京东自营店"))
                .andExpect(jsonPath("$.poll.pageSize").value(50))
                .andExpect(content().string(not(containsString("jd-secret-0123456789"))));
        mvc.perform(post("/api/v1/online-stores").with(httpBasic("coordinator", "pw"))
                        .contentType(MediaType.APPLICATION_JSON).content(jd))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/online-stores").with(httpBasic("coordinator", "pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"bad code\", \"secret\": \"short\", \"poll\": {\"url\": \"ftp://x\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "code", "name", "platform", "secret", "poll.url")));
    }
}
