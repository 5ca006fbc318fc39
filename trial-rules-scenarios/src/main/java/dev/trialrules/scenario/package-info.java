/**
 * Scenario files of a policy, run as a suite ({@link dev.trialrules.scenario.ScenarioSuite}) or as
 * an engine's reload check ({@link dev.trialrules.scenario.ScenarioSuite#asReloadCheck()}), and
 * which rules they exercised ({@link dev.trialrules.scenario.RuleCoverage}). Production code: a
 * service that gates its reloads on a scenario suite needs this and the JSON binding, and no test
 * library.
 */
package dev.trialrules.scenario;
