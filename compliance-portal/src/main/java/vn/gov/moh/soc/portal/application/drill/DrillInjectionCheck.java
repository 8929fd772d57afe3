package vn.gov.moh.soc.portal.application.drill;

/** Whether the portal can inject at all (an agent jar, a Kafka): asked before a run is stored. */
public interface DrillInjectionCheck {
    /** @throws DrillInjectionException naming what is missing */
    void check();
}
