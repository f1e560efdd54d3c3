package nl.regie.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The answer period per topic: a gemeente's entries add to or override the defaults' entries, key by key. */
class PartnerAntwoordtermijnBeleidTest {

    @Test
    void eenGemeenteVultDeStandaardPerTopicAanEnOverschrijftPerTopic() {
        GemeentenProperties.Beleid standaard = new GemeentenProperties.Beleid();
        standaard.setPartnerAntwoordBinnen(Period.ofWeeks(4));
        standaard.setPartnerAntwoordBinnenPerTopic(Map.of("map-uitvoering", Period.ofMonths(6),
                "mb-uitvoering", Period.ofWeeks(3)));
        GemeentenProperties.Beleid eigen = new GemeentenProperties.Beleid();
        eigen.setPartnerAntwoordBinnenPerTopic(Map.of("mb-uitvoering", Period.ofWeeks(2)));

        GemeentenProperties.Beleid beleid = eigen.aangevuldMet(volledig(standaard));

        assertThat(beleid.partnerAntwoordBinnenVoor("map-uitvoering")).isEqualTo(Period.ofMonths(6));
        assertThat(beleid.partnerAntwoordBinnenVoor("mb-uitvoering")).isEqualTo(Period.ofWeeks(2));
        assertThat(beleid.partnerAntwoordBinnenVoor("taalaanbieder-aanmelding")).isEqualTo(Period.ofWeeks(4));
        assertThat(beleid.partnerAntwoordBinnenVoor(null)).isEqualTo(Period.ofWeeks(4));
        assertThat(volledig(standaard).aangevuldMet(volledig(standaard)).partnerAntwoordBinnenVoor("mb-uitvoering"))
                .isEqualTo(Period.ofWeeks(3));
    }

    /** Every other setting filled in, so that aangevuldMet does not stop at a missing default. */
    private static GemeentenProperties.Beleid volledig(GemeentenProperties.Beleid beleid) {
        var wrapper = new org.springframework.beans.BeanWrapperImpl(beleid);
        for (var p : wrapper.getPropertyDescriptors()) {
            if (p.getWriteMethod() == null || p.getReadMethod() == null || wrapper.getPropertyValue(p.getName()) != null) {
                continue;
            }
            Class<?> type = p.getPropertyType();
            Object waarde = type == Period.class ? Period.ofDays(1) : type == Integer.class ? 1
                    : type == Boolean.class ? Boolean.TRUE : type == java.util.List.class ? java.util.List.of()
                    : type == String.class ? "x" : type.isEnum() ? type.getEnumConstants()[0] : null;
            wrapper.setPropertyValue(p.getName(), waarde);
        }
        return beleid;
    }
}
