package nl.regie.inburgering.duo;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.AfgeschermdeVelden;

/** The procesbeheerder's remark on a DUO notification may describe the person: not in the engine's history. */
@Component
public class DuoAfgeschermdeVelden implements AfgeschermdeVelden {

    @Override
    public Set<String> velden() {
        return Set.of("duoBeoordelingToelichting");
    }
}
