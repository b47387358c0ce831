package cn.xixian.alliance.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The label's QR code is a well-formed SVG whose modules a QR reader decodes back to the trace address. */
class QrSvgTest {

    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

    @Test
    void theSvgDecodesToTheTracedAddress() throws Exception {
        String url = "http://localhost:8080/trace?id=TAOBAO-01:%E6%B5%8B%E8%AF%95-1234";
        String svg = QrSvg.of(url);

        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        String[] box = root.getAttribute("viewBox").split(" ");
        int size = Integer.parseInt(box[2]);
        assertThat(size).as("version 3+ with a 2-module quiet zone each side").isGreaterThanOrEqualTo(29 + 4);

        boolean[][] dark = new boolean[size][size];
        Matcher m = MODULE.matcher(root.getElementsByTagName("path").item(0).getAttributes().getNamedItem("d").getNodeValue());
        int modules = 0;
        while (m.find()) {
            dark[Integer.parseInt(m.group(2))][Integer.parseInt(m.group(1))] = true;
            modules++;
        }
        assertThat(modules).as("a real module grid, neither empty nor solid").isBetween(size * size / 5, size * size * 3 / 5);
        assertThat(dark[2][2] && dark[2][8] && dark[8][2]).as("finder pattern corners inside the quiet zone").isTrue();
        assertThat(dark[0][0]).isFalse();

        assertThat(decode(dark, size)).isEqualTo(url);
    }

    /** Draws the modules 4 px each on a white border and reads them with zxing's QR reader. */
    private static String decode(boolean[][] dark, int size) throws Exception {
        int scale = 4;
        int border = 4 * scale;
        int px = size * scale + 2 * border;
        int[] pixels = new int[px * px];
        for (int y = 0; y < px; y++) {
            for (int x = 0; x < px; x++) {
                int my = (y - border) / scale;
                int mx = (x - border) / scale;
                boolean on = y >= border && x >= border && my < size && mx < size && dark[my][mx];
                pixels[y * px + x] = on ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(px, px, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
