package nl.regie.inburgering.handhaving;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;

/**
 * Every {@link HandhavingSignaalGemeld} becomes a signal row, in the transaction of its source; the first signal of a
 * fact starts a handhaving case, a later one is linked to it ({@link HandhavingZaken#start}).
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(HandhavingBeleid.class)
public class HandhavingSignalen {

    private final HandhavingZaken zaken;

    public HandhavingSignalen(HandhavingZaken zaken) {
        this.zaken = zaken;
    }

    @EventListener
    public HandhavingSignaal gemeld(HandhavingSignaalGemeld gemeld) {
        return zaken.start(gemeld);
    }
}
