package nl.regie.inburgering.termijn;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.dossier.Dossier;
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
    static final Set<String> TAKEN_MET_PIP_TERMIJN = Set.of(
            "Task_BredeIntakeGesprekVoeren", "Task_LeerbaarheidstoetsVastleggen", "Task_PipOpstellen", "Task_PipVaststellen");

    private final Gemeenten gemeenten;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    public PipTermijnService(Gemeenten gemeenten, RuntimeService runtimeService, TaskService taskService) {
        this.gemeenten = gemeenten;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
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
     */
    public void herbereken(Dossier dossier) {
        PipTermijn.voor(dossier, gemeenten.metTenantId(dossier.getGemeente())).ifPresent(termijn -> {
            if (termijn.start().equals(dossier.getPipTermijnStart())
                    && termijn.uiterlijk().equals(dossier.getPipUiterlijkeDatum())) {
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
            runtimeService.createMessageCorrelation(ProcesVariabelen.MESSAGE_PIP_TERMIJN_GEWIJZIGD)
                    .processInstanceBusinessKey(dossier.getDossiernummer())
                    .correlateAll();
        });
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
