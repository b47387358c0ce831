package cn.xixian.alliance.logistics.dispatch.planning.solver;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's own SolverManager, from a configuration built in code (no OptaPlanner starter). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchSolverProperties.class)
class DispatchSolverConfiguration {

    @Bean(destroyMethod = "close")
    SolverManager<DispatchSolution, String> dispatchSolverManager(DispatchSolverProperties properties) {
        return SolverManager.create(DispatchSolverConfig.of(properties.settings()));
    }
}
