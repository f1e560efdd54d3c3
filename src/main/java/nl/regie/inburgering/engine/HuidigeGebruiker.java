package nl.regie.inburgering.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user on whose behalf the engine is working now (Tasklist session or engine REST Basic login). */
@Component
public class HuidigeGebruiker {

    private final IdentityService identityService;

    public HuidigeGebruiker(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user id; refuses the task completion when nobody is logged in, since the route records who decided. */
    public String verplicht(String veld) {
        Authentication authenticatie = identityService.getCurrentAuthentication();
        if (authenticatie == null || authenticatie.getUserId() == null) {
            throw OngeldigeInvoerException.veld(veld, "deze taak kan alleen door een aangemelde gebruiker worden afgerond");
        }
        return authenticatie.getUserId();
    }

    /** The logged-in user's id, or {@code anders} when the engine works on nobody's behalf (a job). */
    public String ofAnders(String anders) {
        Authentication authenticatie = identityService.getCurrentAuthentication();
        return authenticatie == null || authenticatie.getUserId() == null ? anders : authenticatie.getUserId();
    }
}
