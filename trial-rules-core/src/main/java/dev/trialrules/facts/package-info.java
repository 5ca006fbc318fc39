/**
 * The facts a caller hands to the engine: immutable records that refuse structurally invalid
 * values when they are built.
 *
 * <p>Two kinds of bad input are told apart on purpose. A value that cannot be a fact at all (a
 * {@code null} list, a negative count, a time zone that does not exist) throws a standard
 * {@link java.lang.NullPointerException} or {@link java.lang.IllegalArgumentException} naming the
 * field and the value, at construction. A value the user simply has not given yet (no company
 * name, no licence quantity) is allowed here and becomes a {@code REQUIRE} finding in the
 * decision, so that a form can be validated as it is filled in.
 */
package dev.trialrules.facts;
