package nl.regie.inburgering.duo.afstemming;

import java.time.LocalDate;

import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;

/** A dossier in memory (no database) for the reconciliation's rules. */
final class DossierStub {

    private DossierStub() {
    }

    static Dossier dossier(Boolean plichtig, Doelgroep doelgroep, LocalDate termijnEinde) {
        Dossier dossier = new Dossier("INB-2026-999999", null, "GM0441", doelgroep, LocalDate.of(2026, 1, 5), false, null,
                "test", java.time.Instant.now());
        if (plichtig != null) {
            dossier.legPlichtVast(plichtig, "test");
        }
        if (termijnEinde != null) {
            dossier.pipVastgesteld(termijnEinde.minusYears(3).minusDays(1), termijnEinde);
        }
        return dossier;
    }
}
