package cn.xixian.alliance.logistics.distance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreatCircleDistanceMatrixTest {

    private final GreatCircleDistanceMatrix matrix = new GreatCircleDistanceMatrix(1.5, 36);

    @Test
    void oneDegreeOfLatitudeIsAbout111KmTimesTheRoadFactorAtTheAverageSpeed() {
        Leg leg = matrix.leg(new GeoPoint(36.0, 110.9), new GeoPoint(37.0, 110.9));
        assertThat(leg.meters()).isCloseTo(Math.round(111_195 * 1.5), within(50L));
        assertThat(leg.seconds()).isCloseTo(Math.round(111_195 * 1.5 / 10.0), within(5L));
    }

    @Test
    void matrixHasZeroDiagonalAndTheSameLegsAsPairs() {
        List<GeoPoint> points = List.of(new GeoPoint(36.69, 110.94), new GeoPoint(36.75, 111.02),
                new GeoPoint(36.60, 110.80));
        TravelMatrix all = matrix.matrix(points);
        assertThat(all.meters(1, 1)).isZero();
        assertThat(all.meters(0, 2)).isEqualTo(matrix.leg(points.get(0), points.get(2)).meters());
        assertThat(all.seconds(2, 1)).isEqualTo(matrix.leg(points.get(2), points.get(1)).seconds());
    }
}
