package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.redorder.RedOrderStatus;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Technician;
import cn.xixian.alliance.core.registry.TechnicianService;
import cn.xixian.alliance.core.technical.FieldVisitRequest;
import cn.xixian.alliance.core.technical.TechnicalService;
import cn.xixian.alliance.core.technical.TrainingRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The red stewards' 2026 season in the published figures: 200 trainings (about 40,000 farmer places filled,
 * ~200 households a session) and 800 field guidance visits, eight per technician to the households each mentors;
 * a visit to a household with an ACTIVE 2026 red order is recorded on that contract.
 */
@Component
class DemoTechnical implements DemoStep {

    private static final String[] TOPICS = {"冬季整形修剪", "疏花疏果技术", "人工授粉", "果实套袋", "梨木虱综合防治",
            "黑星病防治", "水肥一体化", "有机肥施用", "玉露香梨分级标准", "采收与预冷", "病虫害统防统治", "绿色防控"};
    private static final String[] FINDINGS = {"梨木虱若虫密度偏高", "部分枝条徒长、通风差", "坐果偏多", "叶片黄化，疑缺铁",
            "套袋质量良好", "黑星病零星发生", "土壤墒情偏低"};
    private static final String[] ADVICE = {"花后7天喷施阿维菌素", "夏剪疏除徒长枝", "按20厘米间距留果", "叶面喷施螯合铁",
            "按期摘袋增色", "清除病叶并喷施戊唑醇", "及时滴灌补水"};

    private final TechnicalService technical;
    private final TechnicianService technicians;
    private final HouseholdService households;
    private final RedOrderService redOrders;

    DemoTechnical(TechnicalService technical, TechnicianService technicians, HouseholdService households,
            RedOrderService redOrders) {
        this.technical = technical;
        this.technicians = technicians;
        this.households = households;
        this.redOrders = redOrders;
    }

    /** After the red orders, so visits to contracted households are recorded on their contracts. */
    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "technical";
    }

    @Override
    public void load(DemoProperties properties) {
        Random random = new Random(properties.seed() + 40);
        List<Technician> staff = technicians.list(null, PageRequest.of(0, 1000)).items();
        List<Household> all = households.search(new HouseholdService.Filter(null, null, null, null, null),
                PageRequest.of(0, 1000)).items();
        if (staff.isEmpty() || all.isEmpty() || technical.trainings(2026, null, null, PageRequest.of(0, 1)).total() > 0) {
            return;
        }
        Map<String, String> contractOf = new HashMap<>();
        redOrders.search(new RedOrderService.Filter(null, null, 2026, RedOrderStatus.ACTIVE), PageRequest.of(0, 1000))
                .items().forEach(o -> contractOf.putIfAbsent(o.householdId(), o.id()));
        List<String> ids = new ArrayList<>(all.stream().map(Household::id).toList());
        for (int i = 0; i < 200; i++) {
            Collections.shuffle(ids, random);
            List<String> teachers = List.of(staff.get(i % staff.size()).id(), staff.get((i + 37) % staff.size()).id());
            technical.recordTraining(new TrainingRequest(TOPICS[i % TOPICS.length],
                    LocalDate.of(2026, 2, 15).plusDays(i * 230L / 200), i % 4 == 0 ? teachers : teachers.subList(0, 1),
                    List.copyOf(ids.subList(0, 150 + random.nextInt(101))), null, "村委会会议室", null));
        }
        for (int v = 0; v < 800; v++) {
            Technician technician = staff.get(v % staff.size());
            List<Household> mentored = all.stream().filter(h -> technician.id().equals(h.technicianId())).toList();
            Household household = mentored.isEmpty() ? all.get(random.nextInt(all.size()))
                    : mentored.get(random.nextInt(mentored.size()));
            int k = random.nextInt(FINDINGS.length);
            technical.recordVisit(new FieldVisitRequest(household.id(),
                    household.orchards().isEmpty() ? null : household.orchards().get(0).code(), technician.id(),
                    LocalDate.of(2026, 3, 1).plusDays(random.nextInt(200)), FINDINGS[k], ADVICE[k],
                    contractOf.get(household.id())));
        }
    }
}
