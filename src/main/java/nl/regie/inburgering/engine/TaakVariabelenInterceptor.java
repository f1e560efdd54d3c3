package nl.regie.inburgering.engine;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a user may write on a task is exactly the non-read-only input fields of that task's Camunda Form, as deployed
 * with the task's process definition. Inspects every command that writes variables through a task (complete, submit
 * form, set / patch / remove variables, local or not, BPMN error and escalation) before it runs, whoever sends it:
 * the engine REST API, the webapps' engine API, or our own Java code. Any other variable answers 400 naming it, and
 * nothing is written. Read-only fields are shown by the form and sent back by Tasklist: they may come along only
 * unchanged, and are then dropped, never written. A task without a form accepts no variables at all. Text is held to
 * the field's {@code maxLength}, so a too-long value never reaches the database. Engine-internal writes (delegates,
 * listeners, jobs) are no such commands and stay unaffected.
 */
public class TaakVariabelenInterceptor extends CommandInterceptor {

    private static final Pattern NETTE_NAAM = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final FormulierSchemas schemas;

    public TaakVariabelenInterceptor(FormulierSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            String veldnaam = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
            controleerSchrijven(command, (String) lees(command, "taskId"), veldnaam);
            if ((command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd)
                    && Context.getCommandContext().getAuthenticatedUserId() != null) {
                // no user task's model catches an error or escalation thrown by a person: a task ends with its form
                throw OngeldigeInvoerException.veld(command instanceof HandleTaskBpmnErrorCmd ? "errorCode" : "escalationCode",
                        "een taak wordt afgerond met haar formulier; een BPMN-fout of escalatie op een taak is niet voorzien");
            }
        } else if (command instanceof SetTaskVariablesCmd) {
            controleerSchrijven(command, (String) lees(command, AbstractVariableCmd.class, "entityId"), "variables");
        } else if (command instanceof PatchTaskVariablesCmd) {
            String taakId = (String) lees(command, AbstractPatchVariablesCmd.class, "entityId");
            controleerSchrijven(command, taakId, "variables");
            controleerVerwijderen(taakId, (Collection<?>) lees(command, AbstractPatchVariablesCmd.class, "deletions"));
        } else if (command instanceof RemoveTaskVariablesCmd) {
            controleerVerwijderen((String) lees(command, AbstractVariableCmd.class, "entityId"),
                    (Collection<?>) lees(command, AbstractRemoveVariableCmd.class, "variableNames"));
        }
        return next.execute(command);
    }

    private void controleerSchrijven(Command<?> command, String taakId, String veldnaam) {
        Field veld = veld(command.getClass(), veldnaam);
        Map<?, ?> variabelen = (Map<?, ?>) lees(command, veld);
        if (taakId == null || variabelen == null || variabelen.isEmpty()) {
            return;
        }
        TaskEntity taak = Context.getCommandContext().getTaskManager().findTaskById(taakId);
        if (taak == null) {
            return; // the command itself answers "task not found"
        }
        Optional<FormulierSchemas.Formulier> formulier = formulier(taak);
        List<String> namen = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        Set<String> ongewijzigdAlleenLezen = new LinkedHashSet<>();
        for (Object sleutel : variabelen.keySet()) {
            String naam = String.valueOf(sleutel);
            Object waarde = variabelen instanceof VariableMap map ? map.getValueTyped(naam) : variabelen.get(sleutel);
            Optional<FormulierSchemas.Veld> formulierVeld = formulier.flatMap(f -> f.veld(naam));
            String fout;
            if (formulierVeld.isEmpty()) {
                fout = formulier.isPresent() ? "is geen veld van het formulier van deze taak" : "deze taak heeft geen formulier";
            } else if (formulierVeld.get().alleenLezen()) {
                fout = ongewijzigd(huidigeWaarde(taak, naam), waarde) ? null : "is alleen-lezen en mag niet worden gewijzigd";
                if (fout == null) {
                    ongewijzigdAlleenLezen.add(naam);
                }
            } else {
                fout = ongeldigeWaarde(formulierVeld.get(), waarde);
            }
            if (fout != null) {
                String getoond = getoondeNaam(naam);
                namen.add(getoond);
                fouten.add(getoond + ": " + fout);
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(namen, "Deze taak accepteert alleen de invoervelden van haar formulier; "
                    + "er is niets vastgelegd. " + String.join("; ", fouten));
        }
        if (!ongewijzigdAlleenLezen.isEmpty()) {
            schrijf(command, veld, zonder(variabelen, ongewijzigdAlleenLezen));
        }
    }

    private void controleerVerwijderen(String taakId, Collection<?> namen) {
        if (taakId == null || namen == null || namen.isEmpty()) {
            return;
        }
        TaskEntity taak = Context.getCommandContext().getTaskManager().findTaskById(taakId);
        if (taak == null) {
            return;
        }
        Optional<FormulierSchemas.Formulier> formulier = formulier(taak);
        List<String> geweigerd = new ArrayList<>();
        for (Object naam : namen) {
            boolean schrijfbaar = formulier.flatMap(f -> f.veld(String.valueOf(naam)))
                    .map(v -> !v.alleenLezen()).orElse(false);
            if (!schrijfbaar) {
                geweigerd.add(getoondeNaam(String.valueOf(naam)));
            }
        }
        if (!geweigerd.isEmpty()) {
            throw new OngeldigeInvoerException(geweigerd, "Bij deze taak mogen alleen invoervelden van haar formulier "
                    + "worden verwijderd; er is niets gewijzigd. Niet toegestaan: " + String.join(", ", geweigerd));
        }
    }

    /** The task's Camunda Form, as deployed with its process definition ({@code formRefBinding="deployment"}). */
    private Optional<FormulierSchemas.Formulier> formulier(TaskEntity taak) {
        TaskDefinition definitie = taak.getProcessDefinitionId() == null ? null : taak.getTaskDefinition();
        FormDefinition form = definitie == null ? null : definitie.getFormDefinition();
        if (form == null || form.getCamundaFormDefinitionKey() == null
                || !"deployment".equals(form.getCamundaFormDefinitionBinding())) {
            return Optional.empty();
        }
        CommandContext context = Context.getCommandContext();
        ProcessDefinitionEntity procesdefinitie = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(taak.getProcessDefinitionId());
        return schemas.formulier(procesdefinitie.getDeploymentId(),
                () -> context.getDeploymentManager().findDeploymentById(procesdefinitie.getDeploymentId()),
                form.getCamundaFormDefinitionKey().getExpressionText());
    }

    private static Object huidigeWaarde(TaskEntity taak, String naam) {
        try {
            return taak.getVariable(naam);
        } catch (RuntimeException e) {
            return e; // not comparable: counts as changed
        }
    }

    /**
     * A writable field's value: a plain value (no serialized object, file or bytes) that satisfies the field's rules
     * (the same as on completion: choices, bounds, date, length), so that a write without completing stores nothing
     * the form would refuse. Whether a required field is filled is decided on completion.
     */
    private static String ongeldigeWaarde(FormulierSchemas.Veld veld, Object waarde) {
        Object kaal = waarde;
        if (waarde instanceof TypedValue getypt) {
            if (getypt instanceof SerializableValue || getypt instanceof FileValue || getypt.getType() == ValueType.BYTES) {
                return "heeft een type dat dit formulier niet kent";
            }
            kaal = getypt.getValue();
        }
        if (kaal != null && !(kaal instanceof String || kaal instanceof Boolean || kaal instanceof Number
                || kaal instanceof Date)) {
            return "heeft een type dat dit formulier niet kent";
        }
        if (kaal == null || (kaal instanceof String tekst && tekst.isBlank())) {
            return null;
        }
        return FormulierValidatieListener.controleer(veld, kaal);
    }

    static boolean ongewijzigd(Object huidig, Object nieuw) {
        Object kaal = nieuw instanceof TypedValue getypt && !(getypt instanceof SerializableValue) ? getypt.getValue() : nieuw;
        if (leeg(huidig) && leeg(kaal)) {
            return true;
        }
        if (huidig == null || kaal == null || kaal instanceof TypedValue || huidig instanceof Exception) {
            return false;
        }
        if (huidig instanceof Number a && kaal instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return String.valueOf(huidig).equals(String.valueOf(kaal));
    }

    private static boolean leeg(Object waarde) {
        return waarde == null || (waarde instanceof String s && s.isEmpty());
    }

    /** Names are the caller's text: shown only when they look like a variable name, never echoed otherwise. */
    private static String getoondeNaam(String naam) {
        return NETTE_NAAM.matcher(naam).matches() ? naam : "(variabele met een ongeldige naam)";
    }

    private static Map<String, Object> zonder(Map<?, ?> variabelen, Set<String> weg) {
        if (variabelen instanceof VariableMap map) {
            VariableMap rest = Variables.createVariables();
            map.keySet().stream().filter(k -> !weg.contains(k)).forEach(k -> rest.putValueTyped(k, map.getValueTyped(k)));
            return rest;
        }
        Map<String, Object> rest = new LinkedHashMap<>();
        variabelen.forEach((k, v) -> {
            if (!weg.contains(String.valueOf(k))) {
                rest.put(String.valueOf(k), v);
            }
        });
        return rest;
    }

    private static Object lees(Object object, String naam) {
        return lees(object, veld(object.getClass(), naam));
    }

    private static Object lees(Object object, Class<?> klasse, String naam) {
        return lees(object, veld(klasse, naam));
    }

    private static Object lees(Object object, Field veld) {
        try {
            return veld.get(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Engine-commando niet te controleren: " + veld, e);
        }
    }

    private static void schrijf(Object object, Field veld, Object waarde) {
        try {
            veld.set(object, waarde);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Engine-commando niet aan te passen: " + veld, e);
        }
    }

    private static Field veld(Class<?> klasse, String naam) {
        for (Class<?> k = klasse; k != null; k = k.getSuperclass()) {
            try {
                Field veld = k.getDeclaredField(naam);
                veld.setAccessible(true);
                return veld;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException("Engine-commando " + klasse.getName() + " heeft geen veld " + naam);
    }
}
