package nl.regie.inburgering.duo.afstemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regie.inburgering.dossier.Doelgroep;

/** The reconciliation's rules as a table: which pair of views is a difference, and how both values read. */
class VergelijkingTest {

    private static final LocalDate EINDE = LocalDate.of(2029, 3, 2);

    @Test
    void deDoelgroepenVanDuo() {
        assertThat(Vergelijking.duoIndeling(Doelgroep.ASIELSTATUSHOUDER)).isEqualTo("Asielstatushouder");
        assertThat(Vergelijking.duoIndeling(Doelgroep.NAREIZIGER)).isEqualTo("Asielstatushouder");
        assertThat(Vergelijking.duoIndeling(Doelgroep.GEZINSMIGRANT)).isEqualTo("Gezinsmigrant en overige migrant");
    }

    @Test
    void gelijkeBeeldenGevenGeenVerschil() {
        DuoBeeld duo = new DuoBeeld(true, null, "Asielstatushouder", EINDE, null, null);
        assertThat(onderwerpen(DossierStub.dossier(true, Doelgroep.ASIELSTATUSHOUDER, EINDE), duo)).isEmpty();
    }

    @Test
    void elkOnderwerpApart() {
        var dossier = DossierStub.dossier(true, Doelgroep.ASIELSTATUSHOUDER, EINDE);
        assertThat(onderwerpen(dossier, new DuoBeeld(false, "Verblijfsdoel gewijzigd", "Asielstatushouder", EINDE, null, null)))
                .containsExactly(AfstemmingsVerschil.Onderwerp.PLICHT);
        assertThat(Vergelijking.verschillen(dossier,
                new DuoBeeld(false, "Verblijfsdoel gewijzigd", "Asielstatushouder", EINDE, null, null)).get(0).duoWaarde())
                .isEqualTo("niet inburgeringsplichtig (Verblijfsdoel gewijzigd)");
        assertThat(onderwerpen(dossier, new DuoBeeld(true, null, "Gezinsmigrant en overige migrant", EINDE, null, null)))
                .containsExactly(AfstemmingsVerschil.Onderwerp.DOELGROEP);
        assertThat(onderwerpen(dossier, new DuoBeeld(true, null, "Asielstatushouder", EINDE.plusYears(1), null, null)))
                .containsExactly(AfstemmingsVerschil.Onderwerp.TERMIJN_EINDE);
        assertThat(Vergelijking.verschillen(dossier, new DuoBeeld(true, null, "Asielstatushouder", EINDE.plusYears(1), null, null))
                .get(0)).satisfies(v -> {
                    assertThat(v.onzeWaarde()).isEqualTo("eindigt 02-03-2029");
                    assertThat(v.duoWaarde()).isEqualTo("eindigt 02-03-2030");
                });
        assertThat(onderwerpen(dossier, new DuoBeeld(true, null, "Asielstatushouder", EINDE, "gehele vrijstelling toegekend", null)))
                .containsExactly(AfstemmingsVerschil.Onderwerp.VRIJSTELLING);
        assertThat(onderwerpen(dossier, new DuoBeeld(true, null, "Asielstatushouder", EINDE, null, "gehele ontheffing toegekend")))
                .containsExactly(AfstemmingsVerschil.Onderwerp.ONTHEFFING);
    }

    @Test
    void watWeNietWetenIsGeenVerschil() {
        // our plicht not yet decided; not obliged and unknown at DUO; DUO without a doelgroep
        assertThat(onderwerpen(DossierStub.dossier(null, Doelgroep.GEZINSMIGRANT, null),
                new DuoBeeld(true, null, null, null, null, null))).isEmpty();
        assertThat(onderwerpen(DossierStub.dossier(false, Doelgroep.GEZINSMIGRANT, null),
                new DuoBeeld(null, null, null, null, null, null))).isEmpty();
        // obliged here, unknown at DUO: a difference
        assertThat(onderwerpen(DossierStub.dossier(true, Doelgroep.GEZINSMIGRANT, null),
                new DuoBeeld(null, null, null, null, null, null))).containsExactly(AfstemmingsVerschil.Onderwerp.PLICHT);
    }

    private static List<AfstemmingsVerschil.Onderwerp> onderwerpen(nl.regie.inburgering.dossier.Dossier dossier, DuoBeeld duo) {
        return Vergelijking.verschillen(dossier, duo).stream().map(Vergelijking.Verschil::onderwerp).toList();
    }
}
