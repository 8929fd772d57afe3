package vn.gov.moh.soc.agent.generate;

/**
 * An attack scenario mixed into normal traffic. Its lines carry no marker: they look like the
 * real attack's logs, and the {@link ScenarioReport} of its plan says how to find them.
 */
interface Scenario {
    /** Plans every line of the scenario. */
    ScenarioPlan plan(ScenarioContext context);
}
