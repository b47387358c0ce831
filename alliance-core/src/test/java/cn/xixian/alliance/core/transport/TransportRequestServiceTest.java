package cn.xixian.alliance.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest
class TransportRequestServiceTest {

    @Autowired
    TransportRequestService service;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Submissions submissions;

    static final Instant MORNING = Instant.parse("2026-09-10T00:00:00Z");
    static final Place VILLAGE = new Place("v1", "城南村", 36.69, 110.94);
    static final Place STORE = new Place("s1", "隰县冷库一号", 36.72, 110.95);

    @BeforeEach
    void clean() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "transport_requests");
        submissions.seen.clear();
    }

    static NewTransportRequest pickup(String ref, TimeWindow delivery) {
        return new NewTransportRequest("STORAGE", ref, TransportKind.HARVEST_PICKUP, VILLAGE, STORE,
                new BigDecimal("1200.5"), null, new TimeWindow(MORNING, MORNING.plusSeconds(4 * 3600)), delivery,
                15, 20, null, null);
    }

    @Test
    void aRepeatedSubmissionReturnsTheFirstRequestAndAnnouncesOnlyOnce() {
        TimeWindow delivery = new TimeWindow(MORNING, MORNING.plusSeconds(8 * 3600));
        TransportRequest first = service.submit(pickup("plan-1/lot-7", delivery));
        TransportRequest again = service.submit(pickup("plan-1/lot-7", delivery));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.refrigerated()).as("harvest fruit rides cold by default").isTrue();
        assertThat(first.weightKg()).isEqualByComparingTo("1200.5");
        assertThat(service.all(TransportStatus.NEW)).hasSize(1);
        assertThat(submissions.seen).flatExtracting(TransportRequestsSubmitted::requests).extracting(TransportRequest::id)
                .containsExactly(first.id());
    }

    @Test
    void submittingManyAtOnceStoresTheNewOnesOnceAndAnswersInOrder() {
        TimeWindow day = new TimeWindow(MORNING, MORNING.plusSeconds(9000));
        TransportRequest earlier = service.submit(pickup("b", day));
        submissions.seen.clear();

        List<TransportRequest> answered = service.submitAll(List.of(pickup("a", day), pickup("b", day), pickup("c", day)));

        assertThat(answered).extracting(TransportRequest::sourceRef).containsExactly("a", "b", "c");
        assertThat(answered.get(1).id()).isEqualTo(earlier.id());
        assertThat(service.all(TransportStatus.NEW)).hasSize(3);
        assertThat(submissions.seen).singleElement().satisfies(e -> assertThat(e.requests())
                .extracting(TransportRequest::sourceRef).containsExactly("a", "c"));

        submissions.seen.clear();
        assertThat(service.submitAll(List.of(pickup("c", day), pickup("a", day)))).extracting(TransportRequest::id)
                .containsExactly(answered.get(2).id(), answered.get(0).id());
        assertThat(service.all(TransportStatus.NEW)).hasSize(3);
        assertThat(submissions.seen).as("nothing new, no event").isEmpty();
    }

    @Test
    void badWindowsAndPlacesAreNamed() {
        TimeWindow tooEarly = new TimeWindow(MORNING.minusSeconds(3600), MORNING.minusSeconds(60));
        NewTransportRequest bad = new NewTransportRequest("STORAGE", "x", TransportKind.HARVEST_PICKUP,
                new Place("v", "nowhere", 0, 0), STORE, new BigDecimal("-1"), null,
                new TimeWindow(MORNING, MORNING.plusSeconds(60)), tooEarly, 5, 5, null, null);

        assertThatThrownBy(() -> service.submit(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("deliveryWindow", "from", "weightKg"));
        assertThat(service.all(TransportStatus.NEW)).isEmpty();
    }

    @Test
    void statusMovesOnlyFromTheExpectedState() {
        TransportRequest request = service.submit(pickup("r", new TimeWindow(MORNING, MORNING.plusSeconds(9000))));

        assertThat(service.changeStatus(request.id(), List.of(TransportStatus.NEW), TransportStatus.PLANNED).status())
                .isEqualTo(TransportStatus.PLANNED);
        assertThatThrownBy(() -> service.changeStatus(request.id(), List.of(TransportStatus.NEW), TransportStatus.PLANNED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("PLANNED");
    }

    @TestConfiguration
    static class Listener {
        @Bean
        Submissions submissions() {
            return new Submissions();
        }
    }

    static class Submissions {
        final List<TransportRequestsSubmitted> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TransportRequestsSubmitted event) {
            seen.add(event);
        }
    }
}
