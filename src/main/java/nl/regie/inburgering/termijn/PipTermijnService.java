package nl.regie.inburgering.termijn;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Keeps the ten-week limit of a dossier and its running processes in step: the timers in the main process
 * (reminder, escalation) and the due dates of the tasks that must be done before the PIP is fixed.
 */
@Service
public class PipTermijnService {

    /** User tasks whose due date is the PIP limit (camunda:dueDate="${pipUiterlijkeDatum}" in the models). */
    static final Set<String> TAKEN_MET_PIP_TERMIJN = Set.of("Task_BredeIntakeGesprekVoeren",
            "Task_LeerbaarheidstoetsVastleggen", "Task_PipOpstellen", "Task_PipVaststellen", "Task_PipTermijnHerinneren");

    /** Where the main process waits when the limit passed while the gemeente waited for a third party. */
    static final String INFORMATIE_DERDE_AFWACHTEN = "Event_InformatieDerdeAfwachten";

    private final Gemeenten gemeenten;
    private final DossierRepository dossiers;
    private final BrpStandRepository brpStanden;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    public PipTermijnService(Gemeenten gemeenten, DossierRepository dossiers, BrpStandRepository brpStanden,
                             RuntimeService runtimeService, TaskService taskService) {
        this.gemeenten = gemeenten;
        this.dossiers = dossiers;
        this.brpStanden = brpStanden;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /**
     * Asked by the main process when the escalation timer fires ({@code Gateway_Opgeschort}): is the limit suspended
     * because the gemeente waits for a third party? Read from our table via the business key, never from a variable
     * a caller could have written. While suspended there is no escalation; the process waits for the new limit.
     */
    public boolean opgeschort(DelegateExecution execution) {
        return dossiers.findByDossiernummer(execution.getProcessBusinessKey()).map(PipTermijn::opgeschort)
                .orElseThrow(() -> new IllegalStateException("Geen dossier bij proces " + execution.getProcessInstanceId()));
    }

    /**
     * The timer rule of {@code Timer_BrpOnbekend} (main process, while the ten-week clock has not started): the
     * koppeling + {@code brp-onbekend-signaal-na} (local policy, default six weeks), 00:00 that day. Read from our table.
     */
    public Date brpSignaalOp(DelegateExecution execution) {
        return Tijd.beginVan(brpSignaaldatum(dossier(execution)));
    }

    /** The day a statushouder without a known BRP registration gives the casemanager a task. */
    public LocalDate brpSignaaldatum(Dossier dossier) {
        return dossier.getKoppelingsdatum().plus(gemeenten.metTenantId(dossier.getGemeente()).brpOnbekendSignaalNa());
    }

    /**
     * Asked when {@code Timer_BrpOnbekend} fires: is this a statushouder whose BRP registration is still unknown (so
     * the clock cannot start)? From our table, never from a variable: two columns in one query ({@link BrpStand}), as
     * this runs for every dossier six weeks after its koppeling (a month-end burst of them, README "Benchmark").
     */
    public boolean brpInschrijvingOnbekend(DelegateExecution execution) {
        return brpStanden.voor(execution.getProcessBusinessKey()).map(BrpStand::inschrijvingOnbekend)
                .orElseThrow(() -> new IllegalStateException("Geen dossier bij proces " + execution.getProcessInstanceId()));
    }

    /**
     * The koppelingsdatum that {@code Task_BrpInschrijvingNagaan} showed as a task variable in the main process up to
     * commit 13b3991; still evaluated by instances of those versions whose BRP timer has not fired yet (at most
     * {@code brp-onbekend-signaal-na} after their koppeling). Today's model shows it in the Dossier tab instead.
     */
    public String koppelingsdatum(DelegateExecution execution) {
        return dossier(execution).getKoppelingsdatum().toString();
    }

    private Dossier dossier(DelegateExecution execution) {
        return dossiers.findByDossiernummer(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("Geen dossier bij proces " + execution.getProcessInstanceId()));
    }

    /** The variables a new main process starts with: the limit as far as it is known. */
    public Map<String, Object> beginVariabelen(Dossier dossier) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(ProcesVariabelen.PIP_TERMIJN_GESTART, false);
        variabelen.put(ProcesVariabelen.PIP_UITERLIJKE_DATUM, null);
        variabelen.put(ProcesVariabelen.PIP_TERMIJN_VERSTREKEN_OP, null);
        variabelen.put(ProcesVariabelen.PIP_HERINNERINGSDATUM, null);
        variabelen.put(ProcesVariabelen.PIP_UITERLIJKE_DATUM_TEKST, null);
        PipTermijn.voor(dossier, gemeenten.metTenantId(dossier.getGemeente())).ifPresent(termijn -> {
            dossier.startPipTermijn(termijn.start(), termijn.uiterlijk());
            variabelen.putAll(variabelen(termijn));
        });
        return variabelen;
    }

    /**
     * Recomputes the limit after an event on the dossier. When it changed, the running processes get the new dates,
     * open tasks get the new due date and the waiting timers are recreated (message {@code PipTermijnGewijzigd}).
     * When the limit passed during a suspension that has now ended, the waiting process is told as well, even if the
     * limit itself did not move (the information arrived early but was recorded late): its timer is recreated with
     * the (past) date and the teamleider gets the escalation.
     */
    public void herbereken(Dossier dossier) {
        PipTermijn.voor(dossier, gemeenten.metTenantId(dossier.getGemeente())).ifPresent(termijn -> {
            if (termijn.start().equals(dossier.getPipTermijnStart())
                    && termijn.uiterlijk().equals(dossier.getPipUiterlijkeDatum())) {
                if (!PipTermijn.opgeschort(dossier) && wachtOpInformatieDerde(dossier)) {
                    correleerWijziging(dossier);
                }
                return;
            }
            dossier.startPipTermijn(termijn.start(), termijn.uiterlijk());
            Map<String, Object> variabelen = variabelen(termijn);
            List<ProcessInstance> processen = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(dossier.getDossiernummer()).active().list();
            processen.forEach(p -> runtimeService.setVariables(p.getId(), variabelen));
            Date vervaldatum = (Date) variabelen.get(ProcesVariabelen.PIP_UITERLIJKE_DATUM);
            for (Task taak : taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer()).list()) {
                if (TAKEN_MET_PIP_TERMIJN.contains(taak.getTaskDefinitionKey())) {
                    taak.setDueDate(vervaldatum);
                    taskService.saveTask(taak);
                }
            }
            correleerWijziging(dossier);
        });
    }

    private boolean wachtOpInformatieDerde(Dossier dossier) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(dossier.getDossiernummer())
                .activityId(INFORMATIE_DERDE_AFWACHTEN).count() > 0;
    }

    private void correleerWijziging(Dossier dossier) {
        runtimeService.createMessageCorrelation(ProcesVariabelen.MESSAGE_PIP_TERMIJN_GEWIJZIGD)
                .processInstanceBusinessKey(dossier.getDossiernummer())
                .correlateAll();
    }

    private static Map<String, Object> variabelen(PipTermijn termijn) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(ProcesVariabelen.PIP_TERMIJN_GESTART, true);
        variabelen.put(ProcesVariabelen.PIP_UITERLIJKE_DATUM, Tijd.beginVan(termijn.uiterlijk()));
        variabelen.put(ProcesVariabelen.PIP_TERMIJN_VERSTREKEN_OP, Tijd.beginVan(termijn.uiterlijk().plusDays(1)));
        variabelen.put(ProcesVariabelen.PIP_HERINNERINGSDATUM, Tijd.beginVan(termijn.herinnering()));
        variabelen.put(ProcesVariabelen.PIP_UITERLIJKE_DATUM_TEKST, termijn.uiterlijk().toString());
        return variabelen;
    }
}
