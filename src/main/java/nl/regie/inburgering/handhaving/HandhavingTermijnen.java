package nl.regie.inburgering.handhaving;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.termijn.Wettermijnen;

/**
 * The dates of the handhaving case, as named rules for the model's timers and due dates
 * ({@code ${handhavingTermijnen.nalevingVerstreken(execution)}}) and for the steps that fix them. Each period's end
 * ({@code nalevenVoor}, {@code zienswijzeVoor}, {@code bezwaarVoor} on the case) is its LAST day, inclusive: what
 * arrives on that day is in time, so the timer falls due at the start of the following day (Europe/Amsterdam). The
 * lengths: the gemeente's policy for the naleving and the zienswijze ({@link HandhavingBeleid}), the law for bezwaar
 * ({@link Wettermijnen#BEZWAARTERMIJN}, Awb 6:7/6:8 with the Algemene termijnenwet).
 */
@Component("handhavingTermijnen")
public class HandhavingTermijnen {

    private final HandhavingBeleid beleid;
    private final HandhavingZaken zaken;

    public HandhavingTermijnen(HandhavingBeleid beleid, HandhavingZaken zaken) {
        this.beleid = beleid;
        this.zaken = zaken;
    }

    /** The last day to comply after a waarschuwing of {@code datum}: + the gemeente's nalevingstermijn. */
    public LocalDate nalevenVoor(String gemeente, LocalDate waarschuwing) {
        return waarschuwing.plus(beleid.voor(gemeente).getNalevingstermijn());
    }

    /** The last day for a zienswijze after a voornemen of {@code datum}: + the gemeente's zienswijze-termijn. */
    public LocalDate zienswijzeVoor(String gemeente, LocalDate voornemen) {
        return voornemen.plus(beleid.voor(gemeente).getZienswijzeTermijn());
    }

    /** The last day of the bezwaar period (Awb 6:7, 6:8, Atw). */
    public LocalDate bezwaarVoor(LocalDate dagtekening) {
        return Wettermijnen.bezwaarUiterlijk(dagtekening);
    }

    /** Timer: the period to comply has passed (start of the day after {@code nalevenVoor}, from our table). */
    public Date nalevingVerstreken(DelegateExecution execution) {
        return naLaatsteDag(zaken.zaak(execution).getNalevenVoor());
    }

    /** Timer and due date: the zienswijze period has passed (start of the day after {@code zienswijzeVoor}). */
    public Date zienswijzeVerstreken(DelegateExecution execution) {
        return naLaatsteDag(zaken.zaak(execution).getZienswijzeVoor());
    }

    /** Timer: the bezwaar period has passed (start of the day after {@code bezwaarVoor}). */
    public Date bezwaarVerstreken(DelegateExecution execution) {
        return naLaatsteDag(zaken.zaak(execution).getBezwaarVoor());
    }

    /** Due date of *Beslissen op bezwaar*: the end of the day the decision is due (Awb 7:10 lid 1). */
    public Date bezwaarBeslissenUiterlijk(DelegateExecution execution) {
        LocalDate dagtekening = zaken.zaak(execution).getDagtekening();
        return naLaatsteDag(Wettermijnen.beslissenOpBezwaarUiterlijk(dagtekening));
    }

    static Date naLaatsteDag(LocalDate laatsteDag) {
        if (laatsteDag == null) {
            throw new IllegalStateException("De termijn van de handhavingszaak is niet vastgelegd");
        }
        return Tijd.beginVan(laatsteDag.plusDays(1));
    }
}
