/**
 * For test harnesses only: scenario files as JUnit 5 tests ({@link dev.trialrules.test.ScenarioTests})
 * and AssertJ assertions on decisions ({@link dev.trialrules.test.TrialRulesAssertions}). Everything
 * a service runs in production, the scenario model, suite, coverage and reload check, is in
 * {@code trial-rules-scenarios} ({@code dev.trialrules.scenario}), which needs no test library.
 */
package dev.trialrules.test;
