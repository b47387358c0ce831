package cn.xixian.alliance.logistics.dispatch.planning.solver;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's own SolverManager, from a configuration built in code (no OptaPlanner starter). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchSolverProperties.class)
class DispatchSolverConfiguration {

    @Bean
    SolverFactory<DispatchSolution> dispatchSolverFactory(DispatchSolverProperties properties) {
        return SolverFactory.create(DispatchSolverConfig.of(properties.settings()));
    }

    @Bean(destroyMethod = "close")
    SolverManager<DispatchSolution, String> dispatchSolverManager(SolverFactory<DispatchSolution> factory) {
        return SolverManager.create(factory);
    }

    /** Explains a plan's score: each constraint's share and matches. */
    @Bean
    SolutionManager<DispatchSolution, HardMediumSoftLongScore> dispatchSolutionManager(
            SolverFactory<DispatchSolution> factory) {
        return SolutionManager.create(factory);
    }
}
