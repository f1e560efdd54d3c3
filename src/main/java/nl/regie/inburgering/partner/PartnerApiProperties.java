package nl.regie.inburgering.partner;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bounds of the partners' entry point ({@code regie.partner-api} in application.yml). A request beyond a bound
 * that would change what the partner gets (a lock longer than allowed, too many retries) is refused with 400; a bound
 * that only limits how much is delivered at once (maxTasks, the long-polling wait) is applied silently.
 */
@ConfigurationProperties(prefix = "regie.partner-api")
public class PartnerApiProperties {

    /** The longest lock a partner may ask for (fetchAndLock's lockDuration, extendLock's newDuration). */
    private Duration maxLockDuur = Duration.ofHours(1);
    /** At most this many tasks per fetchAndLock; a larger maxTasks is reduced to it. */
    private int maxTaken = 50;
    /** Long polling (asyncResponseTimeout) waits at most this long; a longer wait is shortened to it. */
    private Duration maxWachttijd = Duration.ofSeconds(30);
    /** At most this many long polls of one partner wait at once (each holds a server thread); others fetch once. */
    private int maxWachtendeVerzoeken = 2;
    /** failure: at most this many retries left. */
    private int maxPogingen = 10;
    /** failure: the retryTimeout is at most this long. */
    private Duration maxHerhaalWachttijd = Duration.ofDays(1);

    public Duration getMaxLockDuur() { return maxLockDuur; }
    public void setMaxLockDuur(Duration maxLockDuur) { this.maxLockDuur = maxLockDuur; }
    public int getMaxTaken() { return maxTaken; }
    public void setMaxTaken(int maxTaken) { this.maxTaken = maxTaken; }
    public Duration getMaxWachttijd() { return maxWachttijd; }
    public void setMaxWachttijd(Duration maxWachttijd) { this.maxWachttijd = maxWachttijd; }
    public int getMaxWachtendeVerzoeken() { return maxWachtendeVerzoeken; }
    public void setMaxWachtendeVerzoeken(int maxWachtendeVerzoeken) { this.maxWachtendeVerzoeken = maxWachtendeVerzoeken; }
    public int getMaxPogingen() { return maxPogingen; }
    public void setMaxPogingen(int maxPogingen) { this.maxPogingen = maxPogingen; }
    public Duration getMaxHerhaalWachttijd() { return maxHerhaalWachttijd; }
    public void setMaxHerhaalWachttijd(Duration maxHerhaalWachttijd) { this.maxHerhaalWachttijd = maxHerhaalWachttijd; }
}
