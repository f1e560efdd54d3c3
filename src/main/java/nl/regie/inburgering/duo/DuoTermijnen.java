package nl.regie.inburgering.duo;

import org.springframework.stereotype.Component;

/**
 * The DUO notification process's named rules ({@code processes/duo-notificatie.bpmn} reads them as
 * {@code ${duoTermijnen...}}): the retry cycle of a DUO read and the wait for COA's koppeling.
 */
@Component("duoTermijnen")
public class DuoTermijnen {

    private final DuoProperties instellingen;

    public DuoTermijnen(DuoProperties instellingen) {
        this.instellingen = instellingen;
    }

    /** The engine's retry cycle: {@code pogingen} attempts {@code herhaal-na} apart, then an incident. */
    public String herhaalCyclus() {
        return "R" + Math.max(1, instellingen.getPogingen()) + "/" + instellingen.getHerhaalNa(); // R<n>: n attempts in all
    }

    public String wachtOpKoppeling() {
        return instellingen.getWachtOpKoppeling().toString();
    }
}
