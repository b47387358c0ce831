package cn.xixian.alliance.ecommerce.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.ecommerce.SalesTestSupport;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.StoreOrder;
import cn.xixian.alliance.ecommerce.orders.StoreOrders;
import cn.xixian.alliance.ecommerce.stores.OnlineStoreRequest;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import cn.xixian.alliance.ecommerce.stores.StorePlatform;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The whole way in, with the real canonical route: a signed Taobao webhook books its lines on red-order contracts
 * and asks for a parcel; the same push again books nothing more; the closed trade gives the kilograms back.
 */
class WebhookToBookingEndToEndTest extends SalesTestSupport {

    private static final String STORE = "TAOBAO-E1";
    private static final String SECRET = "e2e-taobao-secret-0042";
    private static final String TRADE = ChannelTestSupport.sample("taobao-trade-fullinfo.json");
    private static final String TID = "3745817231874123456";

    @Autowired
    MockMvc mvc;
    @Autowired
    OnlineStores stores;
    @Autowired
    StoreOrders storeOrders;
    @Autowired
    TransportRequestService transport;
    @Autowired
    DeadLetters deadLetters;

    private ResultActions push(String body) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return mvc.perform(post("/api/v1/stores/{code}/webhook", STORE).contentType(MediaType.APPLICATION_JSON)
                .content(raw).header(OnlineStores.SIGNATURE_HEADER, OnlineStores.sign(SECRET, raw)));
    }

    @Test
    void aSignedWebhookBooksOnContractsAsksForAParcelBooksOnceOnRetryAndReleasesOnCancel() throws Exception {
        stores.create(new OnlineStoreRequest(STORE, "隰县玉露香梨淘宝旗舰店", StorePlatform.TAOBAO, null, SECRET, null));

        push(TRADE).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.orderId").value(TID))
                .andExpect(jsonPath("$.outcome").value("BOOKED"))
                .andExpect(jsonPath("$.status").value("OPEN"));

        StoreOrder booked = storeOrders.get(STORE, TID);
        assertThat(booked.receiver().name()).isEqualTo("王秀兰");
        assertThat(booked.bookings()).extracting(StoreOrder.BookingShare::householdId)
                .containsOnly(fixtures.poor.id()); // poverty-registered household first
        assertThat(fixtures.available(fixtures.poorContract, Grade.SPECIAL)).isEqualByComparingTo("45");
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("95");
        TransportRequest parcel = transport.get(booked.parcelRequestId());
        assertThat(parcel.kind()).isEqualTo(TransportKind.PARCEL);
        assertThat(parcel.weightKg()).isEqualByComparingTo(new BigDecimal("10"));

        // The store retries the same push (it saw a timeout): nothing more is booked or shipped.
        push(TRADE).andExpect(status().isAccepted()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        assertThat(fixtures.available(fixtures.poorContract, Grade.SPECIAL)).isEqualByComparingTo("45");
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("95");
        assertThat(transport.search(null, "SALES", org.springframework.data.domain.PageRequest.of(0, 10)).total())
                .isEqualTo(1);

        // The buyer cancels: Taobao closes the trade (a later modified); the kilograms go back.
        String closed = TRADE.replaceAll("\"status\": \"WAIT_SELLER_SEND_GOODS\"", "\"status\": \"TRADE_CLOSED\"")
                .replace("\"modified\": \"2026-11-11 00:03:42\"", "\"modified\": \"2026-11-11 09:15:00\"");
        push(closed).andExpect(status().isAccepted()).andExpect(jsonPath("$.outcome").value("CANCELLED"))
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(storeOrders.get(STORE, TID).bookings()).isEmpty();
        assertThat(fixtures.available(fixtures.poorContract, Grade.SPECIAL)).isEqualByComparingTo("50");
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("100");
        assertThat(transport.get(parcel.id()).status()).as("its parcel alone rode in that load: withdrawn")
                .isEqualTo(TransportStatus.CANCELLED);

        // The first version arriving late changes nothing.
        push(TRADE).andExpect(status().isAccepted()).andExpect(jsonPath("$.outcome").value("STALE"));
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("100");
    }

    @Test
    void anUnknownSkuIsRefused400AndDeadLetteredOnceByTheIntake() throws Exception {
        stores.create(new OnlineStoreRequest(STORE, "隰县玉露香梨淘宝旗舰店", StorePlatform.TAOBAO, null, SECRET, null));
        String unknownSku = TRADE.replace("\"outer_sku_id\": \"YLX-G1-5KG\"", "\"outer_sku_id\": \"YLX-G9-1KG\"");

        push(unknownSku).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("YLX-G9-1KG")));

        assertThat(deadLetters.list(STORE, null, 0, 10)).singleElement()
                .satisfies(letter -> assertThat(letter.payload()).isEqualTo(unknownSku));
        assertThat(fixtures.available(fixtures.poorContract, Grade.SPECIAL)).isEqualByComparingTo("50");
    }
}
