/**
 * The facts a caller hands to the engine: immutable values that refuse structurally invalid
 * values when they are built. Wide facts are built by their builders ({@code
 * StartTrialRequest.builder(flow, today)}, {@code Trial.builder(...)}), small ones by a static
 * {@code of(...)}; no fact has a public constructor, so a later release can add an optional field
 * without breaking a caller.
 *
 * <p>Nullness is stated with JSpecify: everything in this package is non-null unless marked
 * {@link org.jspecify.annotations.Nullable @Nullable}, which an accessor is exactly when the
 * user may leave the field out (a licence quantity, a site URL, whether PoE is supported).
 *
 * <p>Two kinds of bad input are told apart on purpose. A value that cannot be a fact at all (a
 * {@code null} list, a negative count, a time zone that does not exist) throws a standard
 * {@link java.lang.NullPointerException} or {@link java.lang.IllegalArgumentException} naming the
 * field and the value, at construction. A value the user simply has not given yet (no company
 * name, no licence quantity) is allowed here and becomes a {@code REQUIRE} finding in the
 * decision, so that a form can be validated as it is filled in.
 *
 * <p>Limits every fact applies, so that nothing a rule computes from a fact can overflow:
 * <ul>
 *   <li>every date lies between 0001-01-01 and 9999-12-31, the years {@code YYYY-MM-DD} writes with
 *       four digits; adding any {@code int} number of days to such a date stays within
 *       {@link java.time.LocalDate}'s range, so a rule's {@code plusDays} never throws;
 *   <li>every count (licences, users, locations, phone numbers, days, devices, extensions) is at
 *       most 10,000,000, so sums and products of counts in the rules stay within {@code int};
 *   <li>a list names each entry once (services, device types, serial numbers, roles, admins);
 *   <li>text is at most as long as {@link dev.trialrules.facts.FactLimits} says for its kind (254
 *       characters for an e-mail address, 128 for an identifier or code, 256 for a name, 2,048
 *       for a URL), so that no rule, pattern or message ever works on text of unbounded size;
 *   <li>text holds no character a reader cannot see: no control character, bidi override or
 *       isolate, line separator or half surrogate pair anywhere, and in identifiers, addresses,
 *       the vertical and the site URL no zero-width or other invisible formatting character
 *       either; the message names such a character by its code point ({@code U+202E}), so that
 *       it never reaches a log or a screen raw;
 *   <li>an address that a system of record holds (a partner's admins, a customer's admins, a
 *       trial's customer admin) has the shape of an e-mail address; an address a person types
 *       into a request ({@code adminEmail}, {@code provisioningEmail}) is judged by the policy
 *       instead (NEW-01, CONV-02), so that a typo becomes a finding rather than an exception.
 * </ul>
 */
@NullMarked
package dev.trialrules.facts;

import org.jspecify.annotations.NullMarked;
