package nl.regie.inburgering.handhaving;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.AfgeschermdeVelden;

/**
 * Handhaving's narratives stay out of the engine's history: a zienswijze may hold health data, reasons and remarks
 * describe the inburgeraar's situation. They live in {@code handhaving_zaak}; the forms show them as task-local
 * variables (also shielded).
 */
@Component
public class HandhavingAfgeschermdeVelden implements AfgeschermdeVelden {

    @Override
    public Set<String> velden() {
        return Set.of("aanleiding", "voorlichtingToelichting", "verwijtbaarheidReden", "nalevingToelichting",
                "zienswijzeInhoud", "besluitReden", "medeondertekeningOpmerking", "teruggaveOpmerking", "bezwaarReden");
    }
}
