package nl.regie.inburgering.takenlijst;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.AfgeschermdeVelden;
import nl.regie.inburgering.engine.TaakOnderwerp;

/**
 * The inburgeraar's name on every task (for Tasklist's list) is personal data: the engine's history records only that
 * it was set. It lives in {@code persoon}; the dossier number and gemeente name are no personal data on their own.
 */
@Component
public class TakenlijstAfgeschermdeVelden implements AfgeschermdeVelden {

    @Override
    public Set<String> velden() {
        return Set.of(TaakOnderwerp.INBURGERAAR);
    }
}
