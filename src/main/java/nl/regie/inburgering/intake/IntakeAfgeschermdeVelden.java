package nl.regie.inburgering.intake;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.AfgeschermdeVelden;

/** The intake's narratives that stay out of the engine's history: why the inburgeraar did not cooperate, why an appointment lies
 * after the PIP limit. */
@Component
public class IntakeAfgeschermdeVelden implements AfgeschermdeVelden {

    @Override
    public Set<String> velden() {
        return Set.of(MeewerkingVastleggenListener.TOELICHTING, OproepDatumControle.REDEN);
    }
}
