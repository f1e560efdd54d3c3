package nl.regie.inburgering.partner;

import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * What every partner task carries besides its own question — {@code dossiernummer}, {@code naam}, {@code gemeente}
 * (name), {@code contact} (the gemeente's team) and {@code partner} (the account) — made when the partner fetches
 * the task, from our tables, instead of being stored as local variables of every task (runtime, history and the
 * history's detail rows, again for every task of a three-year dossier). The task's model names the fields in its
 * extension property {@value #EIGENSCHAP} (e.g. {@code dossiernummer,gemeente,naam,contact,partner}); the partner
 * receives exactly what the stored variables gave: the same names, values and types, only when its request asks for
 * them ({@code variables}), shadowing a process variable of the same name as a local variable did. The property
 * itself is not passed on ({@code includeExtensionProperties}).
 * <p>
 * Tasks of older model versions have no such property and store these as input parameters: their stored values are
 * sent as before.
 */
@Component
public class PartnerEnveloppe {

    /** The extension property of a partner task in the models: the envelope fields, comma-separated. */
    public static final String EIGENSCHAP = "partnerEnveloppe";
    static final Set<String> VELDEN = Set.of("dossiernummer", "gemeente", "naam", "contact", PartnerGegevens.PARTNER);

    private final RepositoryService repositoryService;
    private final DossierRepository dossiers;
    private final Gemeenten gemeenten;
    /** Per process definition and activity: the envelope fields its model names (empty: none). */
    private final Map<String, List<String>> perActiviteit = new ConcurrentHashMap<>();

    public PartnerEnveloppe(RepositoryService repositoryService, DossierRepository dossiers, Gemeenten gemeenten) {
        this.repositoryService = repositoryService;
        this.dossiers = dossiers;
        this.gemeenten = gemeenten;
    }

    /**
     * The locked task with its envelope in its variables, for the fields the request asks for ({@code gevraagd} null:
     * all).
     */
    LockedExternalTask vulAan(LockedExternalTask taak, PartnerAccount partner, Collection<String> gevraagd) {
        List<String> velden = perActiviteit.computeIfAbsent(taak.getProcessDefinitionId() + "#" + taak.getActivityId(),
                k -> velden(taak));
        if (velden.isEmpty()) {
            return taak;
        }
        for (String veld : velden) {
            if (gevraagd == null || gevraagd.contains(veld)) {
                taak.getVariables().putValueTyped(veld, waarde(veld, taak, partner));
            }
        }
        return taak.getExtensionProperties() == null || !taak.getExtensionProperties().containsKey(EIGENSCHAP) ? taak
                : new ZonderEigenschap(taak);
    }

    private List<String> velden(LockedExternalTask taak) {
        BaseElement activiteit = repositoryService.getBpmnModelInstance(taak.getProcessDefinitionId())
                .getModelElementById(taak.getActivityId());
        if (activiteit == null || activiteit.getExtensionElements() == null) {
            return List.of();
        }
        return activiteit.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(e -> e.getCamundaProperties().stream())
                .filter(e -> EIGENSCHAP.equals(e.getCamundaName()) && e.getCamundaValue() != null)
                .flatMap(e -> Arrays.stream(e.getCamundaValue().split(",")))
                .map(String::strip)
                .map(PartnerEnveloppe::bekendVeld)
                .distinct().toList();
    }

    private static String bekendVeld(String veld) {
        if (!VELDEN.contains(veld)) {
            throw new IllegalStateException(EIGENSCHAP + " noemt een onbekend veld: " + veld);
        }
        return veld;
    }

    private TypedValue waarde(String veld, LockedExternalTask taak, PartnerAccount partner) {
        String waarde = switch (veld) {
            case "dossiernummer" -> taak.getBusinessKey();
            case "gemeente" -> gemeenten.metTenantId(taak.getTenantId()).naam();
            case "contact" -> gemeenten.metTenantId(taak.getTenantId()).contact();
            case "naam" -> dossiers.getByDossiernummer(taak.getBusinessKey()).getPersoon().volledigeNaam();
            default -> partner.id();
        };
        return waarde == null ? Variables.untypedNullValue() : Variables.stringValue(waarde);
    }

    /** The task as fetched, without our model's own extension property. */
    private record ZonderEigenschap(LockedExternalTask taak) implements LockedExternalTask {
        @Override public Map<String, String> getExtensionProperties() {
            Map<String, String> eigenschappen = new LinkedHashMap<>(taak.getExtensionProperties());
            eigenschappen.remove(EIGENSCHAP);
            return eigenschappen;
        }
        @Override public String getId() { return taak.getId(); }
        @Override public String getTopicName() { return taak.getTopicName(); }
        @Override public String getWorkerId() { return taak.getWorkerId(); }
        @Override public Date getLockExpirationTime() { return taak.getLockExpirationTime(); }
        @Override public Date getCreateTime() { return taak.getCreateTime(); }
        @Override public String getProcessInstanceId() { return taak.getProcessInstanceId(); }
        @Override public String getExecutionId() { return taak.getExecutionId(); }
        @Override public String getActivityId() { return taak.getActivityId(); }
        @Override public String getActivityInstanceId() { return taak.getActivityInstanceId(); }
        @Override public String getProcessDefinitionId() { return taak.getProcessDefinitionId(); }
        @Override public String getProcessDefinitionKey() { return taak.getProcessDefinitionKey(); }
        @Override public String getProcessDefinitionVersionTag() { return taak.getProcessDefinitionVersionTag(); }
        @Override public Integer getRetries() { return taak.getRetries(); }
        @Override public String getErrorMessage() { return taak.getErrorMessage(); }
        @Override public String getErrorDetails() { return taak.getErrorDetails(); }
        @Override public VariableMap getVariables() { return taak.getVariables(); }
        @Override public String getTenantId() { return taak.getTenantId(); }
        @Override public long getPriority() { return taak.getPriority(); }
        @Override public String getBusinessKey() { return taak.getBusinessKey(); }
    }
}
