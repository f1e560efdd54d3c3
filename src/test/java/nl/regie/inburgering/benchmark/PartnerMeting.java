package nl.regie.inburgering.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.partner.PartnersProperties;

/**
 * A partner's {@code fetchAndLock} through {@code /partner-api} (the partner filter in front: own topics, tasks meant
 * for this account, its gemeenten), as its external task client calls it: the partner with the most open tasks in the
 * population, all its topics, one task at a time with a lock of one millisecond (so that every sample finds the same
 * open work; the lock is still written, as in production).
 */
final class PartnerMeting {

    private PartnerMeting() {
    }

    static List<String[]> meet(HttpClient http, String basis, JdbcTemplate jdbc, PartnersProperties partners, int monsters)
            throws IOException, InterruptedException {
        String gekozen = null;
        long meeste = -1;
        for (Map.Entry<String, PartnersProperties.Partner> p : partners.getPartners().entrySet()) {
            List<String> topics = List.copyOf(p.getValue().getTopics());
            String in = topics.stream().map(t -> "?").collect(Collectors.joining(","));
            List<Object> args = new ArrayList<>(topics);
            args.add(p.getKey());
            long open = jdbc.queryForObject("select count(*) from act_ru_ext_task t where t.topic_name_ in (" + in + ")"
                    + " and exists (select 1 from act_ru_variable v where v.proc_inst_id_ = t.proc_inst_id_"
                    + " and v.name_ = 'partner' and v.text_ = ?)", Long.class, args.toArray());
            if (open > meeste) {
                meeste = open;
                gekozen = p.getKey();
            }
        }
        if (gekozen == null) {
            return List.of();
        }
        String topics = partners.getPartners().get(gekozen).getTopics().stream()
                .map(t -> "{\"topicName\":\"" + t + "\",\"lockDuration\":1}").collect(Collectors.joining(","));
        String body = "{\"workerId\":\"benchmark\",\"maxTasks\":1,\"topics\":[" + topics + "]}";
        long alleOpen = jdbc.queryForObject("select count(*) from act_ru_ext_task", Long.class);
        return List.<String[]>of(Benchmark.meet(http, "partner fetchAndLock /partner-api (" + gekozen + ", " + meeste + " of "
                + alleOpen + " open external tasks its own)", gekozen, monsters,
                i -> basis + "/partner-api/external-task/fetchAndLock", body));
    }
}
