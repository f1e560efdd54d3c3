package nl.regie.inburgering.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** The first PIP carries what DUO's PIP registration needs, with DUO's consistency rules checked on the server. */
class PipDuoGegevensTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;

    private Dossier dossierBijPip(String uitslag, int score) {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1980, 1, 1), VANDAAG.minusDays(1));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, CM, uitslag, score);
        return dossier;
    }

    private Map<String, Object> met(Map<String, Object> pip, Object... paren) {
        Map<String, Object> m = new HashMap<>(pip);
        for (int i = 0; i < paren.length; i += 2) {
            m.put((String) paren[i], paren[i + 1]);
        }
        return m;
    }

    @Test
    void duoRegelsBijHetEerstePip() {
        Dossier z = dossierBijPip("NIET_HAALBAAR", 20);
        assertThatThrownBy(() -> voltooi(CM, z, "Task_PipOpstellen", met(pip("Z"), "niveauLezen", "B1")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("niveauLezen").hasMessageContaining("Z-route");
        assertThatThrownBy(() -> voltooi(CM, z, "Task_PipOpstellen", met(pip("Z"), "geschatteIntensiteit", 600)))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geschatteIntensiteit");
        assertThatThrownBy(() -> voltooi(CM, z, "Task_PipOpstellen", met(pip("Z"), "alfabetisering", "X")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("alfabetisering");
        // an asielstatushouder on bijstand without ontzorgen: the reason is required
        assertThatThrownBy(() -> voltooi(CM, z, "Task_PipOpstellen", met(pip("Z"), "ontzorgen", "NEE")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geenOntzorgenReden");
        voltooi(CM, z, "Task_PipOpstellen", met(pip("Z"), "ontzorgen", "NEE", "geenOntzorgenReden",
                "Woont bij familie die de vaste lasten betaalt", "alfabetisering", "A", "niveauSpreken", "A2"));
        PipVersie concept = pipVersies.findFirstByDossierIdOrderByVersieDesc(z.getId()).orElseThrow();
        assertThat(concept.isOntzorgen()).isFalse();
        assertThat(concept.getGeenOntzorgenReden()).startsWith("Woont bij familie");
        assertThat(concept.getAlfabetisering()).isEqualTo("A");
        assertThat(concept.niveaus()).isEqualTo(new PipVersie.Niveaus(null, null, null, "A2"));

        Dossier b1 = dossierBijPip("HAALBAAR", 60);
        assertThatThrownBy(() -> voltooi(CM, b1, "Task_PipOpstellen", met(pip("B1"), "niveauSchrijven", "A2")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("niveauSchrijven").hasMessageContaining("600 uur");
        voltooi(CM, b1, "Task_PipOpstellen", met(pip("B1"), "geschatteIntensiteit", 1200, "alfabetisering", "NVT",
                "magOpleidingAfmaken", true));
        PipVersie b1Concept = pipVersies.findFirstByDossierIdOrderByVersieDesc(b1.getId()).orElseThrow();
        assertThat(b1Concept.niveaus()).as("the B1-route's level").isEqualTo(PipVersie.Niveaus.B1);
        assertThat(b1Concept.getGeschatteIntensiteit()).isEqualTo(1200);
        assertThat(b1Concept.getMagOpleidingAfmaken()).isTrue();
        // the teamleider sees them (read-only) in pip-vaststellen
        assertThat(proces(b1, "pip")).isWaitingAt("Task_PipVaststellen").variables()
                .containsEntry("geschatteIntensiteit", 1200).containsEntry("alfabetisering", "NVT");
    }
}
