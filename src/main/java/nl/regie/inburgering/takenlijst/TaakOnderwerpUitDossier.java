package nl.regie.inburgering.takenlijst;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.TaakOnderwerp;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.handhaving.HandhavingZaak;

/** {@link TaakOnderwerp} from the dossier table: the main process, its called processes, and handhaving cases. */
@Component
public class TaakOnderwerpUitDossier implements TaakOnderwerp {

    private final DossierRepository dossiers;
    private final Gemeenten gemeenten;

    public TaakOnderwerpUitDossier(DossierRepository dossiers, Gemeenten gemeenten) {
        this.dossiers = dossiers;
        this.gemeenten = gemeenten;
    }

    @Override
    public Map<String, Object> voor(String businessKey, String dossiernummerVariabele) {
        String sleutel = businessKey != null ? businessKey : dossiernummerVariabele;
        if (sleutel == null || sleutel.isBlank()) {
            return Map.of();
        }
        // a handhaving case's key is its zaaknummer (INB-2026-000001-H1); every other process's is the dossier number
        return dossiers.findByDossiernummer(HandhavingZaak.dossiernummerVan(sleutel)).<Map<String, Object>>map(dossier -> {
            Map<String, Object> waarden = new LinkedHashMap<>();
            waarden.put(INBURGERAAR, dossier.getPersoon().volledigeNaam());
            waarden.put(DOSSIERNUMMER, dossier.getDossiernummer());
            waarden.put(GEMEENTE_NAAM, gemeenteNaam(dossier.getGemeente()));
            return waarden;
        }).orElse(Map.of());
    }

    private String gemeenteNaam(String tenantId) {
        return gemeenten.naamOfCode(tenantId);
    }
}
