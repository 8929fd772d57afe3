package vn.gov.moh.soc.core.sigma.condition;

import java.util.List;

/** The syntax tree of a condition. */
public sealed interface ConditionNode {

    /** All operands must hold. */
    record And(List<ConditionNode> operands) implements ConditionNode {
    }

    /** One operand must hold. */
    record Or(List<ConditionNode> operands) implements ConditionNode {
    }

    record Not(ConditionNode operand) implements ConditionNode {
    }

    /** A search identifier by name. */
    record Reference(String name) implements ConditionNode {
    }

    /**
     * {@code 1 of pattern}, {@code all of pattern}; a null pattern means {@code them} (every
     * search identifier not starting with an underscore).
     */
    record Quantified(boolean all, String pattern) implements ConditionNode {
    }
}
