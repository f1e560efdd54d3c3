package nl.regie.inburgering.brieven;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.bewaartermijn.Bewaarbaar;

/**
 * Letters go with the dossier's details after the retention period (Wi 36-37): they carry the name and the
 * dossier's facts. What was decided stays in the decisions' own tables (pip_versie, the cases).
 */
@Component
public class BriefBewaartermijn implements Bewaarbaar {

    @Override
    public List<String> opschoonOpdrachten() {
        return List.of("delete from brief where dossier_id = ?");
    }
}
