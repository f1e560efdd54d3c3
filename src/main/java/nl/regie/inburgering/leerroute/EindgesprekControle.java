package nl.regie.inburgering.leerroute;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Variabelen;

/** The Z-route's eindgesprek and certificate lie in the past, the certificate not before the conversation. */
@Component("eindgesprekControle")
public class EindgesprekControle implements TaskListener {

    @Override
    public void notify(DelegateTask taak) {
        LocalDate gesprek = Variabelen.datumNietInDeToekomst(taak, "eindgesprekDatum");
        LocalDate certificaat = Variabelen.datumNietInDeToekomst(taak, "certificaatDatum");
        if (certificaat == null) {
            throw OngeldigeInvoerException.veld("certificaatDatum", "is verplicht: de Z-route eindigt met het certificaat");
        }
        Variabelen.nietVoor("certificaatDatum", certificaat, gesprek, "het eindgesprek");
    }
}
