package nl.regie.inburgering.duo;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.bewaartermijn.Bewaarbaar;

/** DUO's notifications of a dossier go with its details after the retention period (Wi 36-37). */
@Component
public class DuoBewaartermijn implements Bewaarbaar {

    @Override
    public List<String> opschoonOpdrachten() {
        return List.of("delete from duo_notificatie where dossier_id = ?");
    }
}
