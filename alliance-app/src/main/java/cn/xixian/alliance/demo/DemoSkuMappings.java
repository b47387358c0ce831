package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.ecommerce.catalog.NewSkuMapping;
import cn.xixian.alliance.ecommerce.catalog.SkuCatalog;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The demo SKU catalog (README, Online-store sales): the alliance's three gift boxes of Yuluxiang pears, valid for every store — a 5 kg
 * box of special grade (12 pears of 85-90 mm), a 5 kg box of grade 1 (16 pears of 75-80 mm) and a 10 kg box of
 * grade 2 (36 pears of 65-70 mm).
 */
@Component
class DemoSkuMappings implements DemoStep {

    private final SkuCatalog catalog;

    DemoSkuMappings(SkuCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "sku-mappings";
    }

    @Override
    public void load(DemoProperties properties) {
        map("YLX-SP-5KG", Grade.SPECIAL, 12, "85-90mm", "5", "隰县玉露香梨 特级 5kg礼盒");
        map("YLX-G1-5KG", Grade.GRADE_1, 16, "75-80mm", "5", "隰县玉露香梨 一级 5kg装");
        map("YLX-G2-10KG", Grade.GRADE_2, 36, "65-70mm", "10", "隰县玉露香梨 二级 10kg家庭装");
    }

    private void map(String sku, Grade grade, int fruitCount, String fruitSize, String boxKg, String title) {
        try {
            catalog.create(new NewSkuMapping(sku, null, grade, fruitCount, fruitSize, new BigDecimal(boxKg), title));
        } catch (ConflictException mappedBefore) {
            // a load cut off earlier and run again: the mapping is there already
        }
    }
}
