package cn.xixian.alliance.core.redorder.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.AdvanceRequest;
import cn.xixian.alliance.core.redorder.DeliveryRequest;
import cn.xixian.alliance.core.redorder.NewRedOrder;
import cn.xixian.alliance.core.redorder.PriceRule;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.redorder.RedOrderStatus;
import cn.xixian.alliance.core.redorder.SeasonReport;
import cn.xixian.alliance.core.redorder.SeasonReportService;
import cn.xixian.alliance.core.registry.Household;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.test.JobLauncherTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

@SpringBatchTest
@SpringBootTest(properties = {"alliance.redorder.jobs.chunk-size=2", "alliance.batch.resume-on-start=false"})
class RedOrderJobsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 8);

    @Autowired
    JobLauncherTestUtils launcher;
    @Autowired
    JobRepositoryTestUtils jobRepository;
    @Autowired
    Job redOrderSettlementJob;
    @Autowired
    Job seasonReportJob;
    @MockitoSpyBean
    RedOrderService orders;
    @Autowired
    SeasonReportService reports;
    @Autowired
    TestFixtures fixtures;

    private final List<String> delivered = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixtures.reset();
        jobRepository.removeJobExecutions();
        delivered.clear();
        for (int i = 1; i <= 7; i++) { // household A (poverty-registered) 4 contracts, B 3; each i×100 kg at 6.50
            Household h = i <= 4 ? fixtures.householdA : fixtures.householdB;
            RedOrder o = contract(h, 2026);
            orders.deliver(o.id(), new DeliveryRequest(null, Grade.GRADE_1, BigDecimal.valueOf(i * 100L), DAY));
            delivered.add(o.id());
        }
        delivered.sort(Comparator.naturalOrder());
        contract(fixtures.householdA, 2026); // nothing delivered: not due
        RedOrder owing = contract(fixtures.householdB, 2026); // advances above gross: needs a person and a reason
        orders.addAdvance(owing.id(), new AdvanceRequest("fertiliser", new BigDecimal("1000.00"), DAY));
        orders.deliver(owing.id(), new DeliveryRequest(null, Grade.GRADE_1, BigDecimal.TEN, DAY));
        RedOrder lastYear = contract(fixtures.householdA, 2025);
        orders.deliver(lastYear.id(), new DeliveryRequest(null, Grade.GRADE_1, BigDecimal.TEN, DAY));
    }

    private RedOrder contract(Household h, int season) {
        return orders.create(new NewRedOrder(h.id(), null, null, season, PriceRule.FLOOR,
                List.of(new NewRedOrder.LineRequest(Grade.GRADE_1, new BigDecimal("5000"), new BigDecimal("6.50"), null))));
    }

    private static JobParameters season(int season) {
        return SeasonParameters.of(Map.of("season", String.valueOf(season), "asOf", "2026-12-01"));
    }

    private long settledEvents(String id) {
        return orders.get(id).history().stream().filter(e -> e.event().equals("SETTLED")).count();
    }

    @Test
    void aSettlementRunThatFailsMidwayIsRestartedWithoutSettlingAnythingTwice() throws Exception {
        // the 6th contract fails once, after the 5th (same chunk of 2) was settled: the restart replays the 5th
        String victim = delivered.get(5);
        AtomicBoolean failed = new AtomicBoolean();
        doAnswer(call -> {
            if (victim.equals(call.getArgument(0)) && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("connection reset");
            }
            return call.callRealMethod();
        }).when(orders).settleAtYearEnd(anyString(), anyString());
        launcher.setJob(redOrderSettlementJob);

        JobExecution first = launcher.launchJob(season(2026));
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(delivered.subList(0, 5)).allSatisfy(id -> assertThat(orders.get(id).status()).isEqualTo(RedOrderStatus.SETTLED));
        assertThat(orders.get(victim).status()).isEqualTo(RedOrderStatus.ACTIVE);

        JobExecution restart = launcher.launchJob(season(2026));
        assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(delivered).allSatisfy(id -> {
            assertThat(orders.get(id).status()).isEqualTo(RedOrderStatus.SETTLED);
            assertThat(settledEvents(id)).isEqualTo(1);
        });
        StepExecution step = restart.getStepExecutions().iterator().next();
        assertThat(step.getExecutionContext().getLong("alreadySettled")).isEqualTo(1); // the replayed 5th
        assertThat(step.getExecutionContext().getLong("needsAttention")).isEqualTo(1);
        assertThat(step.getExecutionContext().getLong("settled")).isEqualTo(7);
        var open = orders.search(new RedOrderService.Filter(null, null, 2026, RedOrderStatus.ACTIVE),
                cn.xixian.alliance.core.web.Pages.of(0, 10, "_id"));
        assertThat(open.total()).isEqualTo(2); // the undelivered and the one owing more than it earned
        assertThat(orders.search(new RedOrderService.Filter(null, null, 2025, RedOrderStatus.ACTIVE),
                cn.xixian.alliance.core.web.Pages.of(0, 10, "_id")).total()).isEqualTo(1);
    }

    @Test
    void theSeasonReportSumsIncomePerHouseholdWithThePoorHouseholdsApartAndRunsAgainToTheSameResult() throws Exception {
        launcher.setJob(redOrderSettlementJob);
        assertThat(launcher.launchJob(season(2026)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        launcher.setJob(seasonReportJob);
        assertThat(launcher.launchJob(season(2026)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        SeasonReport report = reports.get(2026);
        // A: 100+200+300+400 kg × 6.50 = 6500.00; B: 500+600+700 kg × 6.50 = 11700.00
        assertThat(report.all().householdsReached()).isEqualTo(2);
        assertThat(report.all().contracts()).isEqualTo(7);
        assertThat(report.all().deliveredKg()).isEqualByComparingTo("2800");
        assertThat(report.all().gross()).hasToString("18200.00");
        assertThat(report.povertyRegistered().householdsReached()).isEqualTo(1);
        assertThat(report.povertyRegistered().gross()).hasToString("6500.00");
        assertThat(report.povertyRegisteredHouseholds()).singleElement()
                .satisfies(h -> assertThat(h.householdId()).isEqualTo(fixtures.householdA.id()));
        assertThat(report.others().net()).hasToString("11700.00");

        assertThat(launcher.launchJob(SeasonParameters.of(Map.of("season", "2026", "asOf", "2026-12-02"))).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(reports.get(2026).all()).isEqualTo(report.all());
    }
}
