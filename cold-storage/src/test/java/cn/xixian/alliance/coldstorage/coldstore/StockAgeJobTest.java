package cn.xixian.alliance.coldstorage.coldstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import cn.xixian.alliance.core.batch.TriggerableJob;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.test.JobLauncherTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** Chunks of 2 (test application.yaml) over five lots, three of them past their grade's age. */
@SpringBootTest
@SpringBatchTest
class StockAgeJobTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

    @Autowired
    JobLauncherTestUtils launcher;
    @Autowired
    JobRepositoryTestUtils repository;
    @Autowired
    @Qualifier("stockAgeJob")
    Job job;
    @Autowired
    List<TriggerableJob> triggers;
    @Autowired
    ColdStoreFixtures fixtures;
    @Autowired
    StockService stock;
    @MockitoSpyBean
    SellFirstService sellFirst;

    @BeforeEach
    void setUp() {
        repository.removeJobExecutions();
        launcher.setJob(job);
        fixtures.reset();
        List<Chamber> chambers = fixtures.store("CS-01", "100", "100").chambers();
        receive(chambers.get(0).id(), "G1-OLD", Grade.GRADE_1, "2026-09-01");   // 181 days > 150: flagged
        receive(chambers.get(1).id(), "G2-OLD", Grade.GRADE_2, "2026-10-01");   // 151 > 120: flagged
        receive(chambers.get(0).id(), "G1-NEW", Grade.GRADE_1, "2026-10-15");   // 137 <= 150
        receive(chambers.get(1).id(), "G2-NEW", Grade.GRADE_2, "2026-11-15");   // 106 <= 120
        receive(chambers.get(0).id(), "OFF", Grade.OFF_GRADE, "2026-12-01");    // 90 > 60: flagged
    }

    private void receive(String chamber, String lot, Grade grade, String storedOn) {
        stock.receive(new Receipt("in-" + lot, chamber, lot, grade, fixtures.coop.id(), 2_000_000,
                LocalDate.parse(storedOn), null));
    }

    private List<SellFirstItem> list() {
        return sellFirst.list(AS_OF, PageRequest.of(0, 100)).items();
    }

    @Test
    void flagsLotsPastTheirGradesAgeOldestFirstAndARerunGivesTheSameList() throws Exception {
        JobParameters parameters = trigger().parameters(Map.of("asOf", AS_OF.toString()));
        assertThat(launcher.launchJob(parameters).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<SellFirstItem> first = list();
        assertThat(first).extracting(SellFirstItem::lotRef).containsExactly("G1-OLD", "G2-OLD", "OFF");
        assertThat(first.get(0).ageDays()).isEqualTo(181);
        assertThat(first.get(0).maxDays()).isEqualTo(150);

        JobParameters again = new JobParametersBuilder(parameters).addString("rerun", "1").toJobParameters();
        assertThat(launcher.launchJob(again).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(list()).isEqualTo(first);
        assertThat(sellFirst.list(null, PageRequest.of(0, 100)).items()).isEqualTo(first);
        assertThatThrownBy(() -> trigger().parameters(Map.of("asOf", "March"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFailedRunRestartsAfterItsLastCommittedChunk() throws Exception {
        AtomicBoolean failOnce = new AtomicBoolean(true);
        doAnswer(call -> {
            List<SellFirstItem> items = call.getArgument(0);
            if (items.stream().anyMatch(i -> i.grade() == Grade.OFF_GRADE) && failOnce.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
            return call.callRealMethod();
        }).when(sellFirst).save(anyList());

        JobParameters parameters = trigger().parameters(Map.of("asOf", AS_OF.toString()));
        assertThat(launcher.launchJob(parameters).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(list()).extracting(SellFirstItem::lotRef).containsExactly("G1-OLD", "G2-OLD");

        JobExecution restarted = launcher.launchJob(parameters);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution flag = restarted.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("flagOldStock")).findFirst().orElseThrow();
        assertThat(flag.getReadCount()).as("resumed after the 4 lots already committed").isEqualTo(1);
        assertThat(list()).extracting(SellFirstItem::lotRef).containsExactly("G1-OLD", "G2-OLD", "OFF");
    }

    private TriggerableJob trigger() {
        return triggers.stream().filter(t -> t.jobName().equals("stockAgeJob")).findFirst().orElseThrow();
    }
}
