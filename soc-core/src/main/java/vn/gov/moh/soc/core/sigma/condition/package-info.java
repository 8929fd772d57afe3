/**
 * Sigma detection conditions: a tokenizer and recursive-descent parser for {@code and},
 * {@code or}, {@code not}, parentheses, {@code 1 of x*}, {@code all of x*}, {@code 1 of them} and
 * {@code all of them}, giving a small syntax tree that the evaluator compiles.
 */
package vn.gov.moh.soc.core.sigma.condition;
