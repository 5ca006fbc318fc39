/**
 * The JSON form of requests and decisions, described field by field in
 * {@code examples/JSON-FORMAT.md}: {@link dev.trialrules.cli.json.RequestJson} reads a request,
 * {@link dev.trialrules.cli.json.DecisionJson} writes a decision.
 */
package dev.trialrules.cli.json;
