package nl.regie.inburgering.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.brieven.DossierBrieven;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;
import nl.regie.inburgering.web.Validatie;

/**
 * "Afspraak verzet": the casemanager moves the appointment of the brede-intake oproep that still waits for its
 * verschijning. The new date is judged by the oproep's own rules ({@link OproepDatumControle#toets}: not in the past,
 * at most a year ahead, after the PIP limit only with a reason); the oproep in our table gets the new date, the task
 * "Verschijning vastleggen" its due date (our rule moves it, as the application), and the inburgeraar a new letter.
 * The same date again changes nothing (no second letter).
 */
@Service
public class AfspraakVerzetten {

    /** The task that waits for the appointment. */
    static final String WACHTTAAK = "Task_VerschijningVastleggen";

    public record Afspraak(int volgnummer, LocalDate datum, String locatie, LocalDate verzetVan, LocalDate verzetOp,
                           String naPipTermijnReden, boolean gewijzigd) {
        static Afspraak van(Oproep o, boolean gewijzigd) {
            return new Afspraak(o.getVolgnummer(), o.getDatum(), o.getLocatie(), o.getVerzetVan(), o.getVerzetOp(),
                    o.getNaPipTermijnReden(), gewijzigd);
        }
    }

    private final OproepRepository oproepen;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final DossierBrieven brieven;
    private final InzageRepository auditlog;

    public AfspraakVerzetten(OproepRepository oproepen, TaskService taskService, RuntimeService runtimeService,
                             DossierBrieven brieven, InzageRepository auditlog) {
        this.oproepen = oproepen;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.brieven = brieven;
        this.auditlog = auditlog;
    }

    /** The appointment that may still be moved: the last oproep, while its verschijning is not recorded. */
    @Transactional(readOnly = true)
    public Optional<Afspraak> open(Dossier dossier) {
        return wachtend(dossier).map(w -> Afspraak.van(w.oproep(), false));
    }

    @Transactional
    public Afspraak verzet(Dossier dossier, LocalDate datum, String reden, String door) {
        Validatie v = new Validatie().verplicht("datum", datum).optioneleTekst("reden", reden, 2000);
        v.controleer();
        Wachtend wachtend = wachtend(dossier).orElseThrow(() -> new ConflictException(
                "Er is geen afspraak voor de brede intake die nog verzet kan worden: er is geen oproep, of de verschijning is al vastgelegd."));
        Oproep oproep = wachtend.oproep();
        LocalDate pipUiterlijk = dossier.getPipUiterlijkeDatum();
        OproepDatumControle.toets(datum, pipUiterlijk, reden).ifPresent(fout -> {
            Map<String, String> velden = new LinkedHashMap<>();
            velden.put("datum", fout.melding());
            if (fout.redenOntbreekt()) {
                velden.put("reden", "is verplicht voor een afspraak na de uiterste PIP-datum");
            }
            throw new OngeldigVerzoekException(velden);
        });
        String bewaardeReden = OproepDatumControle.naPipTermijn(datum, pipUiterlijk) ? reden : null;
        if (datum.equals(oproep.getDatum()) && java.util.Objects.equals(bewaardeReden, oproep.getNaPipTermijnReden())) {
            return Afspraak.van(oproep, false);
        }
        boolean nieuweDatum = !datum.equals(oproep.getDatum());
        if (nieuweDatum) {
            oproep.verzet(datum, bewaardeReden, door, Tijd.vandaag());
        } else {
            oproep.naPipTermijn(bewaardeReden);
        }
        oproepen.save(oproep);
        taskService.setDueDate(wachtend.taak().getId(), Tijd.beginVan(datum));
        runtimeService.setVariable(wachtend.taak().getProcessInstanceId(), ProcesVariabelen.OPROEP_DATUM, datum.toString());
        if (nieuweDatum) {
            brieven.oproep(dossier, oproep, door);
        }
        auditlog.save(new Inzage(dossier.getId(), door, "AFSPRAAK_VERZET", Instant.now()));
        return Afspraak.van(oproep, true);
    }

    private record Wachtend(Oproep oproep, Task taak) {
    }

    private Optional<Wachtend> wachtend(Dossier dossier) {
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer())
                .processDefinitionKey("brede-intake").taskDefinitionKey(WACHTTAAK).active().singleResult();
        if (taak == null) {
            return Optional.empty();
        }
        return oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId())
                .filter(o -> o.getVerschenen() == null)
                .map(o -> new Wachtend(o, taak));
    }
}
