/**
 * The JSON form of requests, trials, decisions and timelines, described field by field in
 * {@code trial-rules-json/JSON-FORMAT.md}: {@link dev.trialrules.json.RequestJson} reads a request,
 * {@link dev.trialrules.json.TrialJson} reads a started trial (from a file or one line of a
 * stream), {@link dev.trialrules.json.DecisionJson} writes a decision and
 * {@link dev.trialrules.json.TimelineJson} writes a timeline or one event a line.
 */
package dev.trialrules.json;
