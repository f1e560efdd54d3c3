package nl.regie.inburgering.leerroute;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * A route switch (Wi art. 15; Bi): within 1.5 years of the term's start (configurable), from the onderwijsroute
 * to the B1-route at any time, and no more often than the gemeente's policy allows (Zoetermeer: once). The running
 * leerroute is interrupted (its partner task withdrawn) and starts again for the new route.
 */
@Service
public class RoutewisselService {

    public static final String PROCES_LEERROUTE = "leerroute";
    public static final String MESSAGE_LEERROUTE_GEWIJZIGD = "LeerrouteGewijzigd";

    private final DossierRepository dossiers;
    private final RoutewisselRepository wissels;
    private final Gemeenten gemeenten;
    private final RuntimeService runtimeService;

    public RoutewisselService(DossierRepository dossiers, RoutewisselRepository wissels, Gemeenten gemeenten,
                              RuntimeService runtimeService) {
        this.dossiers = dossiers;
        this.wissels = wissels;
        this.gemeenten = gemeenten;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public Routewissel wissel(String dossiernummer, Leerroute naar, String reden, String door) {
        Dossier dossier = dossiers.getByDossiernummer(dossiernummer);
        ProcessInstance leerroute = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES_LEERROUTE)
                .processInstanceBusinessKey(dossiernummer).singleResult();
        if (leerroute == null || dossier.getInburgeringstermijnStart() == null) {
            throw new ConflictException("Dossier " + dossiernummer + " heeft geen lopende leerroute om te wisselen.");
        }
        Leerroute van = Leerroute.valueOf((String) runtimeService.getVariable(leerroute.getId(), ProcesVariabelen.LEERROUTE));
        if (van == naar) {
            throw OngeldigVerzoekException.veld("leerroute", "is al de huidige leerroute (" + van + ")");
        }
        Gemeente gemeente = gemeenten.metTenantId(dossier.getGemeente());
        LocalDate uiterlijk = dossier.getInburgeringstermijnStart().plus(gemeente.beleid().getRoutewisselTermijn());
        boolean altijdToegestaan = van == Leerroute.ONDERWIJS && naar == Leerroute.B1;
        if (!altijdToegestaan && Tijd.vandaag().isAfter(uiterlijk)) {
            throw new ConflictException("Een routewissel kan alleen tot " + uiterlijk
                    + " (anderhalf jaar na de start van de inburgeringstermijn); alleen van de onderwijsroute naar de"
                    + " B1-route mag altijd.");
        }
        int maximum = gemeente.beleid().getMaxRoutewissels();
        if (maximum >= 0 && wissels.countByDossierId(dossier.getId()) >= maximum) {
            throw new ConflictException("Gemeente " + gemeente.naam() + " staat " + maximum
                    + (maximum == 1 ? " routewissel" : " routewissels") + " per inburgeraar toe; die is al gebruikt.");
        }
        Routewissel wissel = wissels.save(new Routewissel(dossier.getId(), van, naar, reden, door, Tijd.vandaag()));
        runtimeService.createMessageCorrelation(MESSAGE_LEERROUTE_GEWIJZIGD)
                .processInstanceId(leerroute.getId())
                .setVariable(ProcesVariabelen.LEERROUTE, naar.name())
                .correlate();
        return wissel;
    }
}
