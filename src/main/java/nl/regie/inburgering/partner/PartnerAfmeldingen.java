package nl.regie.inburgering.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.BijBeeindiging;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.AlsApplicatie;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Route step 13: when a dossier ends, every partner with open work or a running track is told and confirms. Which
 * partners: those with an open external task on the dossier (it is withdrawn) and those whose track keeps running
 * without one ({@link LopendTraject}). The main process then asks each of them (process {@code partner-afmelding},
 * action {@value #AFMELDEN} on the partner's own topic) and waits for the confirmations.
 */
@Component("partnerAfmeldingen")
public class PartnerAfmeldingen implements BijBeeindiging {

    public static final String AFMELDEN = "AFMELDEN";

    /** A partner is told on the topic it was asked on; progress reports belong to the enrolment. */
    private static final Map<String, String> AFMELDTOPIC = Map.of("taalaanbieder-voortgang", "taalaanbieder-aanmelding");

    private final List<LopendTraject> trajecten;
    private final PartnerAfmeldingRepository afmeldingen;
    private final DossierRepository dossiers;
    private final RuntimeService runtimeService;
    private final ExternalTaskService externalTaskService;
    private final IdentityService identityService;
    private final Gemeenten gemeenten;

    public PartnerAfmeldingen(List<LopendTraject> trajecten, PartnerAfmeldingRepository afmeldingen,
                              DossierRepository dossiers, RuntimeService runtimeService,
                              ExternalTaskService externalTaskService, IdentityService identityService,
                              Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
        this.trajecten = trajecten;
        this.afmeldingen = afmeldingen;
        this.dossiers = dossiers;
        this.runtimeService = runtimeService;
        this.externalTaskService = externalTaskService;
        this.identityService = identityService;
    }

    @Override
    public void voorBeeindiging(Dossier dossier, LocalDate datum, String reden) {
        // a partner with an open task and a running track is told once (a dossier ends only once)
        Set<LopendTraject.Afmelding> teMelden = new LinkedHashSet<>(
                AlsApplicatie.uitvoeren(identityService, () -> openPartnertaken(dossier)));
        trajecten.forEach(t -> t.sluitAf(dossier, datum).ifPresent(teMelden::add));
        teMelden.forEach(a -> afmeldingen.save(new PartnerAfmelding(dossier.getId(),
                PartnerAfmelding.Aanleiding.BEEINDIGING, a.partner(), a.topic(), reden, Instant.now())));
    }

    /**
     * A route switch ended this track's work at its partner (variable {@value PartnerGegevens#PARTNER}): the
     * partner is told while the track goes on. The afmelding's id goes into {@code variabele}, for the model's call
     * of {@code partner-afmelding}; without a partner (a school the inburgeraar chose) the variable is removed.
     */
    public void meldPartnerVanDitTrajectAf(DelegateExecution execution, Dossier dossier, String topic, String reden,
                                           String variabele) {
        String partner = Variabelen.tekst(execution, PartnerGegevens.PARTNER);
        if (partner == null) {
            execution.removeVariable(variabele);
            return;
        }
        execution.setVariable(variabele, afmeldingen.save(new PartnerAfmelding(dossier.getId(),
                PartnerAfmelding.Aanleiding.ROUTEWISSEL, partner, topic, reden, Instant.now())).getId());
        execution.removeVariable(PartnerGegevens.PARTNER);
    }

    private List<LopendTraject.Afmelding> openPartnertaken(Dossier dossier) {
        List<String> processen = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(dossier.getDossiernummer()).list().stream().map(ProcessInstance::getId).toList();
        if (processen.isEmpty()) {
            return List.of();
        }
        return externalTaskService.createExternalTaskQuery().processInstanceIdIn(processen.toArray(String[]::new)).list()
                .stream()
                .map(t -> new LopendTraject.Afmelding(partnerVan(t), AFMELDTOPIC.getOrDefault(t.getTopicName(), t.getTopicName())))
                .filter(a -> a.partner() != null)
                .toList();
    }

    private String partnerVan(ExternalTask taak) {
        Object partner = runtimeService.getVariable(taak.getProcessInstanceId(), PartnerGegevens.PARTNER);
        return partner == null ? null : partner.toString();
    }

    /** The multi-instance collection of the main process: the afmeldingen of the ending still to confirm. */
    public List<Long> open(DelegateExecution execution) {
        Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
        return afmeldingen.findByDossierIdOrderById(dossier.getId()).stream()
                .filter(a -> a.getAanleiding() == PartnerAfmelding.Aanleiding.BEEINDIGING)
                .filter(a -> a.getBevestigdOp() == null).map(PartnerAfmelding::getId).toList();
    }

    public String reden(Long afmeldingId) {
        return afmeldingen.findById(afmeldingId).orElseThrow().getReden();
    }

    public String partner(Long afmeldingId) {
        return afmeldingen.findById(afmeldingId).orElseThrow().getPartner();
    }

    public String topic(Long afmeldingId) {
        return afmeldingen.findById(afmeldingId).orElseThrow().getTopic();
    }

    /** By when the partner must confirm, from today (gemeente policy); then the casemanager gets a task. */
    public Date bevestigenUiterlijk(DelegateExecution execution) {
        return Tijd.beginVan(Tijd.vandaag().plus(
                gemeenten.metTenantId(execution.getTenantId()).beleid().getAfmeldingBevestigenBinnen()));
    }

    /**
     * At the start of a partner-afmelding process (execution listener), in the transaction in which its caller
     * handed over the afmelding's id: the row records the process, and from then on the process finds its afmelding
     * by its own process instance, never by a variable that could be rewritten.
     */
    public void procesGestart(DelegateExecution execution) {
        Long id = ((Number) execution.getVariable("afmeldingId")).longValue();
        afmeldingen.findById(id).orElseThrow().gestartIn(execution.getProcessInstanceId());
    }

    private PartnerAfmelding vanProces(DelegateExecution execution) {
        return afmeldingen.findByProcesInstantieId(execution.getProcessInstanceId()).orElseGet(() -> {
            // a process started before its instance was recorded: bind it now
            PartnerAfmelding afmelding = afmeldingen.findById(((Number) execution.getVariable("afmeldingId")).longValue())
                    .filter(a -> a.getProcesInstantieId() == null).orElseThrow(() -> new IllegalStateException(
                            "Geen afmelding bij procesinstantie " + execution.getProcessInstanceId()));
            afmelding.gestartIn(execution.getProcessInstanceId());
            return afmelding;
        });
    }

    /** The casemanager recorded a confirmation the partner gave outside the system (phone, e-mail). */
    public void bevestigdBuitenHetSysteem(DelegateExecution execution, String door, String actie) {
        vanProces(execution).bevestigd(Instant.now(), "Buiten het systeem bevestigd, vastgelegd door " + door + ": " + actie);
    }

    /** Records the partner's confirmation (the answer was checked by {@link PartnerTaken}). */
    public void bevestig(DelegateExecution execution) {
        vanProces(execution).bevestigd(Instant.now(), Variabelen.tekst(execution, "toelichting"));
        Variabelen.ruimOp(execution, "bevestigd", "toelichting");
    }

}
