package cn.xixian.alliance.logistics.dispatch.planning.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xixian.alliance.logistics.dispatch.planning.Shadows;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.RoadMatrix;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.domain.VisitKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** Local search moves one visit at a time: moving only the delivery off its pickup's van must cost the pair at once. */
class PairingScoreIncrementalTest {

    @Test
    void movingOnlyTheDeliveryToAnotherVanIsPenalisedIncrementally() {
        double[][] line = {{0, 10, 20, 30}, {10, 0, 10, 20}, {20, 10, 0, 10}, {30, 20, 10, 0}};
        RoadMatrix matrix = new RoadMatrix(line, line);
        Vehicle v1 = new Vehicle("V1", 100, false, 0, 0, 0, 10_000, matrix);
        Vehicle v2 = new Vehicle("V2", 100, false, 0, 0, 0, 10_000, matrix);
        Visit pickup = new Visit("r-P", 1, VisitKind.PICKUP, 3, 0, 1000, 5, false);
        Visit drop = new Visit("x", 2, VisitKind.DROP, 1, 0, 1000, 5, false);
        Visit delivery = new Visit("r-D", 3, VisitKind.DELIVERY, 3, 0, 1000, 5, false);
        Visit.pair(pickup, delivery);
        // not next to each other: removing the delivery changes none of the pickup's shadow variables
        v1.getVisits().addAll(List.of(pickup, drop, delivery));
        DispatchSolution solution = new DispatchSolution(matrix, new ArrayList<>(List.of(v1, v2)),
                new ArrayList<>(List.of(pickup, drop, delivery)));
        Shadows.refresh(solution);
        DefaultSolverFactory<DispatchSolution> factory = (DefaultSolverFactory<DispatchSolution>) SolverFactory
                .<DispatchSolution>create(DispatchSolverConfiguration.solverConfig(SolverSettings.of(Duration.ofSeconds(1))));
        InnerScoreDirector<DispatchSolution, ?> director = factory.getScoreDirectorFactory().buildScoreDirector(false, false);
        director.setWorkingSolution(solution);
        director.calculateScore();

        director.beforeListVariableChanged(v1, "visits", 2, 3);
        v1.getVisits().remove(2);
        director.afterListVariableChanged(v1, "visits", 2, 2);
        director.beforeListVariableChanged(v2, "visits", 0, 0);
        v2.getVisits().add(0, delivery);
        director.afterListVariableChanged(v2, "visits", 0, 1);
        director.triggerVariableListeners();
        Object incremental = director.calculateScore();

        InnerScoreDirector<DispatchSolution, ?> fresh = factory.getScoreDirectorFactory().buildScoreDirector(false, false);
        fresh.setWorkingSolution(solution);
        assertEquals(fresh.calculateScore(), incremental);
        assertEquals(-1_000_000L, ((org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore) incremental).hardScore());
    }
}
