package cn.xixian.alliance.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenRequestDaysTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static TransportRequest due(LocalDate day, int hour) {
        var start = day.atTime(hour, 0).atZone(ZONE).toInstant();
        Place p = new Place(null, "村", 36.7, 110.9);
        return new TransportRequest("r" + day + hour, "TEST", "ref", TransportKind.PARCEL, p, p, BigDecimal.TEN, false,
                new TimeWindow(start, start.plusSeconds(3600)), new TimeWindow(start, start.plusSeconds(7200)), 0, 0,
                false, null, TransportStatus.NEW, start);
    }

    @Test
    void todayWhenWorkIsDueTodayElseTheNextDayWithWorkElseTheLastOne() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        // 07:00 in the county is still the 24th in UTC: days are the county's
        List<TransportRequest> open = List.of(due(today, 7), due(today.plusDays(3), 9), due(today.minusDays(5), 9));
        assertThat(OpenRequestDays.of(open, ZONE, today)).isEqualTo(new OpenRequestDays(today, 1, 3));
        assertThat(OpenRequestDays.of(open.subList(1, 3), ZONE, today).suggested()).isEqualTo(today.plusDays(3));
        assertThat(OpenRequestDays.of(open.subList(2, 3), ZONE, today).suggested()).isEqualTo(today.minusDays(5));
        assertThat(OpenRequestDays.of(List.of(), ZONE, today)).isEqualTo(new OpenRequestDays(today, 0, 0));
    }
}
