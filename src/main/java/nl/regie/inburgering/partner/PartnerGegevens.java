package nl.regie.inburgering.partner;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Who a partner task is for ({@code ${partnerGegevens.partner(execution, 'topic')}}, a start listener of the task in
 * the models). What the task carries besides its own question (dossiernummer, name, gemeente, contact, never the BSN)
 * is made when the partner fetches it ({@link PartnerEnveloppe}); the methods below serve the input parameters of
 * older model versions that still store it.
 */
@Component("partnerGegevens")
@EnableConfigurationProperties(PartnersProperties.class)
public class PartnerGegevens {

    /** Process variable of a track: the account of the partner its open task is meant for. */
    public static final String PARTNER = "partner";

    private final DossierRepository dossiers;
    private final Gemeenten gemeenten;
    private final PartnersProperties partners;

    public PartnerGegevens(DossierRepository dossiers, Gemeenten gemeenten, PartnersProperties partners) {
        this.dossiers = dossiers;
        this.gemeenten = gemeenten;
        this.partners = partners;
    }

    public String naam(DelegateExecution execution) {
        return dossiers.getByDossiernummer(execution.getProcessBusinessKey()).getPersoon().volledigeNaam();
    }

    public String gemeenteNaam(DelegateExecution execution) {
        return gemeenten.metTenantId(execution.getTenantId()).naam();
    }

    public String contact(DelegateExecution execution) {
        return gemeenten.metTenantId(execution.getTenantId()).contact();
    }

    /**
     * The partner contracted for this topic in the dossier's gemeente (and, for taalaanbieders, its leerroute).
     * Without one the step fails with an incident that names what is missing in the configuration. The track's
     * process instance remembers it (variable {@value #PARTNER}): only that partner's account can fetch and answer
     * the task ({@link PartnerTaken}).
     */
    public String partner(DelegateExecution execution, String topic) {
        String partner = zoekPartner(execution, topic);
        // set once per track and partner: the same value again would only add a history row per task
        if (!partner.equals(execution.getProcessInstance().getVariable(PARTNER))) {
            execution.getProcessInstance().setVariable(PARTNER, partner);
        }
        return partner;
    }

    private String zoekPartner(DelegateExecution execution, String topic) {
        Object route = execution.getVariable("leerroute");
        return partnerVoor(topic, execution.getTenantId(), route == null ? null : route.toString());
    }

    /** The partner contracted for this topic in this gemeente (tenant id) and, if given, leerroute. */
    public String partnerVoor(String topic, String tenantId, String route) {
        return partners.getPartners().entrySet().stream()
                .filter(p -> p.getValue().getTopics().contains(topic))
                .filter(p -> p.getValue().getGemeenten().contains(tenantId))
                .filter(p -> route == null || p.getValue().getLeerroutes().isEmpty()
                        || p.getValue().getLeerroutes().contains(String.valueOf(route)))
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Geen partner geconfigureerd voor " + topic + " in "
                        + tenantId + (route == null ? "" : " (leerroute " + route + ")")
                        + ": vul regie.partners aan"));
    }
}
