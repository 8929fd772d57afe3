package vn.gov.moh.soc.core.sigma.eval;

import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;

/** A detection rule ready to evaluate: the rule as written and its compiled condition. */
public final class CompiledRule {
    private final SigmaRule rule;
    private final Matcher condition;

    CompiledRule(SigmaRule rule, Matcher condition) {
        this.rule = rule;
        this.condition = condition;
    }

    public SigmaRule rule() {
        return rule;
    }

    Matcher condition() {
        return condition;
    }

    public boolean matches(Event event) {
        return condition.matches(event);
    }

    @Override
    public String toString() {
        return "CompiledRule[" + rule.id() + " " + rule.title() + "]";
    }
}
