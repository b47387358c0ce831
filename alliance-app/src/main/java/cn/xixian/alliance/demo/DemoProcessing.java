package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotRequest;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.processing.GradingRunRequest;
import cn.xixian.alliance.core.processing.GradingRunService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.units.Weights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Five grading runs at the first processing firms over 40 harvest lots of September 2026 (recorded here, refs
 * DEMO-PROC-nn): 80% of each lot graded, 3% lost, the rest split into special, grade 1, grade 2 and off-grade,
 * balanced to the gram, so every graded lot traces back to households and orchards.
 */
@Component
class DemoProcessing implements DemoStep {

    private final HarvestLotService harvestLots;
    private final GradingRunService runs;
    private final HouseholdService households;
    private final MemberService members;

    DemoProcessing(HarvestLotService harvestLots, GradingRunService runs, HouseholdService households,
            MemberService members) {
        this.harvestLots = harvestLots;
        this.runs = runs;
        this.households = households;
        this.members = members;
    }

    @Override
    public String name() {
        return "processing";
    }

    @Override
    public void load(DemoProperties properties) {
        Random random = new Random(properties.seed() + 50);
        List<Household> all = households.search(new HouseholdService.Filter(null, null, null, null, null),
                PageRequest.of(0, 40)).items();
        List<Member> processors = members.search(MemberKind.PROCESSOR, null, PageRequest.of(0, 5)).items();
        if (all.isEmpty() || processors.isEmpty()) {
            return;
        }
        List<HarvestLot> lots = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Household h = all.get(i);
            String ref = "DEMO-PROC-%02d".formatted(i + 1);
            HarvestLotRequest lot = new HarvestLotRequest(h.cooperativeId(), h.id(),
                    h.orchards().isEmpty() ? null : h.orchards().get(0).code(), LocalDate.of(2026, 9, 5 + i % 20),
                    BigDecimal.valueOf(300 + random.nextInt(1200)), Grade.GRADE_1, null, null, null, ref);
            // A load cut off half-way finds its lots again by their reference.
            lots.add(harvestLots.search(new HarvestLotService.Filter(h.cooperativeId(), h.id(), null, null, null, null),
                    PageRequest.of(0, 100)).items().stream().filter(l -> ref.equals(l.externalRef())).findFirst()
                    .orElseGet(() -> harvestLots.record(lot)));
        }
        for (int r = 0; r * 8 < lots.size(); r++) {
            List<GradingRunRequest.Input> inputs = new ArrayList<>();
            long in = 0;
            for (HarvestLot lot : lots.subList(r * 8, Math.min(lots.size(), r * 8 + 8))) {
                long grams = Weights.grams(lot.weightKg()) * 8 / 10;
                inputs.add(new GradingRunRequest.Input(lot.id(), Weights.kg(grams)));
                in += grams;
            }
            long loss = in * 3 / 100;
            long special = in * 25 / 100;
            long first = in * 40 / 100;
            long second = in * 22 / 100;
            long off = in - loss - special - first - second;
            GradingRunRequest run = new GradingRunRequest(processors.get(r % processors.size()).id(), LocalDate.of(2026, 9, 28 + r % 3),
                    inputs, List.of(output(Grade.SPECIAL, special, "5kg礼盒"), output(Grade.GRADE_1, first, "5kg礼盒"),
                            output(Grade.GRADE_2, second, "10kg箱"), output(Grade.OFF_GRADE, off, null)),
                    Weights.kg(loss), "DEMO-RUN-%02d".formatted(r + 1), "智能分选线");
            if (runs.search(run.processorId(), null, PageRequest.of(0, 100)).items().stream()
                    .noneMatch(done -> run.externalRef().equals(done.externalRef()))) {
                runs.record(run);
            }
        }
    }

    private static GradingRunRequest.Output output(Grade grade, long grams, String packageType) {
        Integer boxes = packageType == null ? null : (int) (grams / (packageType.startsWith("5") ? 5000 : 10000));
        return new GradingRunRequest.Output(grade, Weights.kg(grams), packageType, boxes);
    }
}
