package nl.regie.inburgering.handhaving;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;

/**
 * Every {@link HandhavingSignaalGemeld} becomes a signal row, in the transaction of its source. (Contract version:
 * the case per fact follows with the handhaving process.)
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(HandhavingBeleid.class)
public class HandhavingSignalen {

    private final DossierRepository dossiers;
    private final HandhavingSignaalRepository signalen;

    public HandhavingSignalen(DossierRepository dossiers, HandhavingSignaalRepository signalen) {
        this.dossiers = dossiers;
        this.signalen = signalen;
    }

    @EventListener
    public HandhavingSignaal gemeld(HandhavingSignaalGemeld gemeld) {
        Dossier dossier = dossiers.getByDossiernummer(gemeld.dossiernummer());
        return signalen.save(new HandhavingSignaal(dossier.getId(), HandhavingSignaal.Bron.valueOf(gemeld.bron()),
                Gedraging.valueOf(gemeld.gedraging()), gemeld.periodeVan(), gemeld.periodeTot(), gemeld.periodeTot(),
                gemeld.omschrijving(), gemeld.door(), Instant.now()));
    }
}
