package nl.regie.inburgering.voortgang;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.begeleiding.BegeleidingTrajectRepository;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.leerroute.ExamenresultaatRepository;
import nl.regie.inburgering.leerroute.LeerrouteTraject;
import nl.regie.inburgering.leerroute.LeerrouteTrajectRepository;
import nl.regie.inburgering.map.MapTrajectRepository;
import nl.regie.inburgering.ontzorgen.OntzorgenTrajectRepository;
import nl.regie.inburgering.pvt.PvtTrajectRepository;

/**
 * What happened since the last voortgangsgesprek, from our own tables only (the other capabilities' records, read,
 * never changed): the taalaanbieder's reports and exam results, PVT, MAP, maatschappelijke begeleiding, ontzorgen,
 * and the deadlines ahead. Shown read-only on the casemanager's task.
 */
@Service
public class Voortgangsoverzicht {

    @PersistenceContext
    private EntityManager em;

    private final VoortgangsgesprekRepository gesprekken;
    private final LeerrouteTrajectRepository leerroutes;
    private final ExamenresultaatRepository examens;
    private final PvtTrajectRepository pvts;
    private final MapTrajectRepository maps;
    private final BegeleidingTrajectRepository begeleidingen;
    private final OntzorgenTrajectRepository ontzorgen;
    private final Voortgangsplanning planning;
    private final RuntimeService runtimeService;

    public Voortgangsoverzicht(VoortgangsgesprekRepository gesprekken, LeerrouteTrajectRepository leerroutes,
                               ExamenresultaatRepository examens, PvtTrajectRepository pvts, MapTrajectRepository maps,
                               BegeleidingTrajectRepository begeleidingen, OntzorgenTrajectRepository ontzorgen,
                               Voortgangsplanning planning, @Lazy RuntimeService runtimeService) {
        this.gesprekken = gesprekken;
        this.leerroutes = leerroutes;
        this.examens = examens;
        this.pvts = pvts;
        this.maps = maps;
        this.begeleidingen = begeleidingen;
        this.ontzorgen = ontzorgen;
        this.planning = planning;
        this.runtimeService = runtimeService;
    }

    /** The day after which events count as new: the last conversation, else the day before the term started. */
    public LocalDate sinds(Dossier dossier) {
        return sinds(dossier, gesprekken.findFirstByDossierIdOrderByIdDesc(dossier.getId()));
    }

    private static LocalDate sinds(Dossier dossier, Optional<Voortgangsgesprek> laatste) {
        return laatste.map(Voortgangsgesprek::getDatum)
                .orElseGet(() -> dossier.getInburgeringstermijnStart() == null ? null
                        : dossier.getInburgeringstermijnStart().minusDays(1));
    }

    /** The overview as text, one fact a line; each record is read once. */
    public String tekst(Dossier dossier) {
        Optional<Voortgangsgesprek> laatste = gesprekken.findFirstByDossierIdOrderByIdDesc(dossier.getId());
        LocalDate sinds = sinds(dossier, laatste);
        Optional<Period> pipInterval = planning.pipInterval(dossier);
        List<String> regels = new ArrayList<>();
        regels.add(laatste
                .map(g -> "Vorig voortgangsgesprek: " + g.getDatum() + " (" + g.getUitkomst() + ")")
                .orElse("Eerste voortgangsgesprek (inburgeringstermijn sinds " + dossier.getInburgeringstermijnStart() + ")"));
        regels.add("Gesprekken elke " + planning.interval(dossier, pipInterval)
                + (pipInterval.isPresent() ? " (volgens het PIP)" : " (standaard van de gemeente)"));

        regels.add("");
        regels.add("Leerroute:");
        List<LeerrouteTraject> trajecten = leerroutes.findByDossierIdOrderById(dossier.getId());
        if (trajecten.isEmpty()) {
            regels.add("- nog geen leerroute vastgelegd");
        }
        for (LeerrouteTraject t : trajecten) {
            regels.add("- " + t.getLeerroute() + "-route, " + t.getStatus()
                    + (t.getPartner() != null ? ", taalaanbieder " + t.getPartner() : "")
                    + (t.getTaalschool() != null ? ", taalschool " + t.getTaalschool() : "")
                    + (t.getStartdatum() != null ? ", gestart " + t.getStartdatum() : "")
                    + (t.getTaaluren() + t.getParticipatieuren() > 0
                        ? ", totaal " + t.getTaaluren() + " taaluren / " + t.getParticipatieuren() + " participatieuren" : ""));
        }
        List<String> rapporten = rapportagesSinds(trajecten, sinds);
        regels.add("Voortgangsrapportages van de taalaanbieder sinds het vorige gesprek:"
                + (rapporten.isEmpty() ? " geen" : ""));
        regels.addAll(rapporten);
        List<String> uitslagen = examens.findByDossierId(dossier.getId()).stream()
                .filter(x -> x.getDatum() != null && (sinds == null || x.getDatum().isAfter(sinds)))
                .sorted(Comparator.comparing(x -> x.getDatum()))
                .map(x -> "- examen " + x.getOnderdeel() + ": " + x.getResultaat() + " (" + x.getDatum() + ")")
                .toList();
        regels.add("Examenresultaten sinds het vorige gesprek:" + (uitslagen.isEmpty() ? " geen" : ""));
        regels.addAll(uitslagen);

        regels.add("");
        var pvt = pvts.findByDossierId(dossier.getId());
        regels.add("PVT: " + pvt.map(p -> p.getOndertekend() != null
                ? "participatieverklaring ondertekend op " + p.getOndertekend() + " (" + p.getUren() + " uur)"
                : "loopt bij " + p.getPartner() + ", streefdatum " + p.getStreefdatum()).orElse("nog niet gestart"));
        regels.add("MAP: " + maps.findByDossierId(dossier.getId()).map(m -> m.getStatus()
                + (m.getStartdatum() != null ? ", start " + m.getStartdatum() : "")
                + (m.getUren() != null ? ", " + m.getUren() + " uur" : "")
                + (m.getModules() != null ? ", " + m.getModules() + " thema's" : "")
                + (m.getAfgerond() != null ? ", afgerond " + m.getAfgerond() : "")).orElse("nog niet gestart"));
        regels.add("Maatschappelijke begeleiding: " + begeleidingen.findByDossierId(dossier.getId()).map(b -> b.getStatus()
                + (b.getEinddatum() != null ? ", tot " + b.getEinddatum() : "")
                + (b.isVerlengd() ? " (verlengd)" : "")).orElse("geen"));
        regels.add("Financieel ontzorgen: " + ontzorgen.findByDossierId(dossier.getId()).map(o -> o.getStatus()
                + (o.getEinddatum() != null ? ", tot " + o.getEinddatum() : "")).orElse("geen"));

        regels.add("");
        regels.add("Termijnen:");
        if (dossier.getInburgeringstermijnEinde() != null) {
            regels.add("- einde inburgeringstermijn: " + dossier.getInburgeringstermijnEinde());
        }
        String volgendeRapportage = volgendeRapportage(dossier);
        if (volgendeRapportage != null) {
            regels.add("- volgende voortgangsrapportage van de taalaanbieder: " + volgendeRapportage);
        }
        pvt.filter(p -> p.getOndertekend() == null)
                .ifPresent(p -> regels.add("- streefdatum PVT: " + p.getStreefdatum()));
        return String.join("\n", regels);
    }

    /** The taalaanbieder's reports for periods ending after {@code sinds} (our table voortgangsrapportage). */
    private List<String> rapportagesSinds(List<LeerrouteTraject> trajecten, LocalDate sinds) {
        if (trajecten.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = em.createQuery("select r.periodeTot, r.uren, r.taaluren, r.participatieuren, "
                        + "r.aanwezigheid, r.lezen, r.luisteren, r.schrijven, r.spreken, r.oordeel "
                        + "from Voortgangsrapportage r where r.trajectId in :trajecten and r.periodeTot > :sinds "
                        + "order by r.periodeTot, r.id", Object[].class)
                .setParameter("trajecten", trajecten.stream().map(LeerrouteTraject::getId).toList())
                .setParameter("sinds", sinds == null ? LocalDate.of(1900, 1, 1) : sinds)
                .getResultList();
        return rijen.stream().map(r -> {
            List<String> delen = new ArrayList<>();
            if (r[1] != null) delen.add(r[1] + " uur");
            if (r[2] != null) delen.add(r[2] + " taaluren");
            if (r[3] != null) delen.add(r[3] + " participatieuren");
            if (r[4] != null) delen.add("aanwezigheid " + r[4] + "%");
            String niveaus = niveaus(r);
            if (!niveaus.isEmpty()) delen.add("niveaus " + niveaus);
            if (r[9] != null) delen.add("oordeel " + r[9]);
            return "- periode t/m " + r[0] + ": " + (delen.isEmpty() ? "geen gegevens" : String.join(", ", delen));
        }).toList();
    }

    private static String niveaus(Object[] r) {
        String[] namen = {"lezen", "luisteren", "schrijven", "spreken"};
        List<String> delen = new ArrayList<>();
        for (int i = 0; i < namen.length; i++) {
            if (r[5 + i] != null) {
                delen.add(namen[i] + " " + r[5 + i]);
            }
        }
        return String.join(", ", delen);
    }

    /** When the taalaanbieder's next report is expected: the date the running leerroute planned. */
    private String volgendeRapportage(Dossier dossier) {
        List<String> leerroutes = runtimeService.createProcessInstanceQuery().processDefinitionKey("leerroute")
                .processInstanceBusinessKey(dossier.getDossiernummer()).list().stream().map(ProcessInstance::getId)
                .toList();
        if (leerroutes.isEmpty()) {
            return null;
        }
        return runtimeService.createVariableInstanceQuery().processInstanceIdIn(leerroutes.toArray(String[]::new))
                .variableName("volgendeVoortgangDatum").list().stream().map(VariableInstance::getValue)
                .filter(Objects::nonNull).map(String::valueOf).sorted().collect(Collectors.joining(", "))
                .transform(s -> s.isEmpty() ? null : s);
    }
}
