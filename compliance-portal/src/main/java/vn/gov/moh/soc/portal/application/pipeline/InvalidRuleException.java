package vn.gov.moh.soc.portal.application.pipeline;

import java.util.List;

/** A Sigma rule the engine refuses; nothing was stored or published. */
public class InvalidRuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleValidation.Problem> problems;

    public InvalidRuleException(List<RuleValidation.Problem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<RuleValidation.Problem> problems() {
        return problems;
    }
}
